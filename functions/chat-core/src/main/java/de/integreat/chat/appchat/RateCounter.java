package de.integreat.chat.appchat;

/** The two per-device counters: sends and reads are limited separately. */
public enum RateCounter {
    SEND("sendWindow", "sendCount"),
    READ("readWindow", "readCount");

    final String windowAttribute;
    final String countAttribute;

    RateCounter(String windowAttribute, String countAttribute) {
        this.windowAttribute = windowAttribute;
        this.countAttribute = countAttribute;
    }

    RateCounter other() {
        return this == SEND ? READ : SEND;
    }
}
