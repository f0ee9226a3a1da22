package io.gongkai.aggregation;

import io.gongkai.platform.ComposeContract;

class AggregationComposeTest extends ComposeContract {
}
