// iOS: the UIKit side of the glue (compiled with ARC). Everything that decides what to ask for
// lives in iosglue.cpp (tested on Linux); this file only turns IosBridge calls into UIKit calls.
#include "iosglue.h"

#include "platformlogging.h"

#import <CoreHaptics/CoreHaptics.h>
#import <UIKit/UIKit.h>

// Puts an opaque view over the window while the app is not active. iOS takes the app-switcher
// snapshot after the app resigns active, so the snapshot shows only the cover. Opaque rather
// than blurred: a blur can leave large text readable.
@interface SHPrivacyCover : NSObject
- (instancetype)initWithView:(UIView *)view;
@end

@implementation SHPrivacyCover {
    __weak UIView *_qtView;
    UIView *_cover;
}

- (instancetype)initWithView:(UIView *)view
{
    if ((self = [super init])) {
        _qtView = view;
        NSNotificationCenter *centre = NSNotificationCenter.defaultCenter;
        [centre addObserver:self
                   selector:@selector(show)
                       name:UIApplicationWillResignActiveNotification
                     object:nil];
        [centre addObserver:self
                   selector:@selector(hide)
                       name:UIApplicationDidBecomeActiveNotification
                     object:nil];
    }
    return self;
}

- (void)dealloc
{
    [NSNotificationCenter.defaultCenter removeObserver:self];
}

- (void)show
{
    UIWindow *window = _qtView.window;
    if (!window || _cover)
        return;
    _cover = [[UIView alloc] initWithFrame:window.bounds];
    _cover.autoresizingMask = UIViewAutoresizingFlexibleWidth | UIViewAutoresizingFlexibleHeight;
    _cover.backgroundColor = UIColor.systemBackgroundColor;
    [window addSubview:_cover];
}

- (void)hide
{
    [_cover removeFromSuperview];
    _cover = nil;
}
@end

namespace safehaven {

namespace {

class UiKitBridge final : public IosBridge
{
public:
    bool installPrivacyCover(QWindow &window) override
    {
        // On iOS a QWindow's winId() is its UIView.
        UIView *view = (__bridge UIView *)reinterpret_cast<void *>(window.winId());
        if (!view)
            return false;
        if (!m_covers)
            m_covers = [NSMutableArray array];
        [m_covers addObject:[[SHPrivacyCover alloc] initWithView:view]];
        return true;
    }

    bool openUrl(const QString &url) override
    {
        NSURL *nsUrl = [NSURL URLWithString:url.toNSString()];
        UIApplication *application = UIApplication.sharedApplication;
        if (!nsUrl || ![application canOpenURL:nsUrl])
            return false;
        [application openURL:nsUrl
            options:@{}
            completionHandler:^(BOOL opened) {
              if (!opened)
                  qCInfo(lcPlatform) << "the system did not open the dialer";
            }];
        return true;
    }

    bool supportsHaptics() override
    {
        return CHHapticEngine.capabilitiesForHardware.supportsHaptics;
    }

    void notificationFeedback(Feedback feedback) override
    {
        switch (feedback) {
        case Feedback::Error:
            [[[UINotificationFeedbackGenerator alloc] init]
                notificationOccurred:UINotificationFeedbackTypeError];
            break;
        }
    }

private:
    NSMutableArray<SHPrivacyCover *> *m_covers = nil;
};

} // namespace

std::unique_ptr<ScreenSecurity> makePlatformScreenSecurity()
{
    return std::make_unique<ios::IosScreenSecurity>(std::make_unique<UiKitBridge>());
}

std::unique_ptr<Haptics> makePlatformHaptics()
{
    return std::make_unique<ios::IosHaptics>(std::make_unique<UiKitBridge>());
}

std::unique_ptr<PhoneDialer> makePlatformPhoneDialer()
{
    return std::make_unique<ios::IosPhoneDialer>(std::make_unique<UiKitBridge>());
}

} // namespace safehaven
