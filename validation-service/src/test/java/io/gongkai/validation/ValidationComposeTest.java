package io.gongkai.validation;

import io.gongkai.platform.ComposeContract;

class ValidationComposeTest extends ComposeContract {
}
