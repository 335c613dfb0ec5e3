package org.fengqiao.notification.sms;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned Chinese text template with {@code ${name}} variables. Change the text only together with the
 * version, so the delivery log tells which wording a citizen received.
 */
record NoticeTemplate(String id, int version, String text) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z]+)}");

    /** @throws IllegalArgumentException when a variable has no value: a notice is never sent half-filled */
    String render(Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("template " + id + " v" + version + " lacks " + matcher.group(1));
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(rendered).toString();
    }
}
