#include "platformlogging.h"

Q_LOGGING_CATEGORY(lcPlatform, "safehaven.platform", QtInfoMsg)
