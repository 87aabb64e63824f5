package com.acme.relay;

/** Names the getter's class and gives it a page: nothing here is worth a call. */
class PageJob {
    String type(Pages pages) {
        return pages.getMimeType("/shop/index");
    }
}
