package org.jointacceptance.notification.notice;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The languages notices are written in, by their IETF tags; each has a template for every notice. */
public enum Language {

    ZH_CN("zh-CN"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    @JsonValue
    public String tag() {
        return tag;
    }

    @JsonCreator
    public static Language of(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown language '" + tag + "'; known: " + tags()));
    }

    public static String tags() {
        return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "));
    }
}
