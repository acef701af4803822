#include "applogging.h"

Q_LOGGING_CATEGORY(lcApp, "safehaven.app", QtInfoMsg)
