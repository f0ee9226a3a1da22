package io.gongkai.ingest;

import io.gongkai.platform.ComposeContract;

class IngestComposeTest extends ComposeContract {
}
