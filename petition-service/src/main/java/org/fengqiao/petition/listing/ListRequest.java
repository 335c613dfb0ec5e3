package org.fengqiao.petition.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.types.ObjectId;
import org.fengqiao.platform.security.InvalidJurisdictionException;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.util.MultiValueMap;

/**
 * The list parameters of one request, parsed and checked against a {@link ListSpec}:
 * {@code state} (repeatable or comma-separated), {@code category}, {@code jurisdiction} (a subtree),
 * {@code holder}, {@code flag} (repeatable), {@code dueBefore} (an ISO instant, or a date meaning the start of
 * that day in Beijing time), {@code overdue} (true/false), {@code page} (from 0), {@code size} (1 to
 * {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}), {@code sort} ({@code field[,asc|desc]}, repeatable) and
 * {@code after} (the last id of the previous page, default order only). Anything else is rejected.
 */
public record ListRequest(List<String> states, String category, Jurisdiction subtree, String holder,
                          List<String> flags, Instant dueBefore, Boolean overdue, int page, int size, Sort sort,
                          String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 10_000;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Set<String> KNOWN = Set.of("state", "category", "jurisdiction", "holder", "flag",
            "dueBefore", "overdue", "page", "size", "sort", "after");

    /**
     * Parses the query parameters.
     *
     * @throws InvalidListParameters naming every wrong parameter
     */
    public static ListRequest parse(MultiValueMap<String, String> params, ListSpec<?> spec) {
        Parser parser = new Parser(params, spec);
        ListRequest request = parser.parse();
        if (!parser.errors.isEmpty()) {
            throw new InvalidListParameters(parser.errors);
        }
        return request;
    }

    /**
     * The condition for this request inside {@code scope}. A subtree that neither contains nor lies inside the
     * caller's jurisdiction matches nothing: never anything outside the scope, whatever is asked.
     */
    public Criteria criteria(ListSpec<?> spec, Criteria scope, Jurisdiction caller, Instant now) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope);
        all.addAll(filters(spec, now));
        if (subtree != null && !caller.contains(subtree) && !subtree.contains(caller)) {
            all.add(Criteria.where("_id").exists(false));
        }
        return new Criteria().andOperator(all);
    }

    /** This page: sorted (the id breaking ties, so pages never overlap), skipped, one extra to see if more. */
    public Query pageQuery(Criteria criteria) {
        Criteria keyed = after == null ? criteria
                : new Criteria().andOperator(criteria, Criteria.where("_id").gt(new ObjectId(after)));
        return Query.query(keyed).with(orderBy()).skip((long) page * size).limit(size + 1);
    }

    /** The whole list in this order, capped. */
    public Query exportQuery(Criteria criteria, int cap) {
        return Query.query(criteria).with(orderBy()).limit(cap);
    }

    /** Whether this page is in the default order, where {@code after} pages by id. */
    public boolean keyed(ListSpec<?> spec) {
        return sort.equals(spec.defaultSort);
    }

    Sort orderBy() {
        return sort.getOrderFor("_id") == null ? sort.and(Sort.by(Sort.Direction.ASC, "_id")) : sort;
    }

    private List<Criteria> filters(ListSpec<?> spec, Instant now) {
        List<Criteria> filters = new ArrayList<>();
        if (!states.isEmpty()) {
            filters.add(Criteria.where(spec.stateField).in(states));
        }
        if (category != null) {
            filters.add(Criteria.where(spec.categoryField).is(category));
        }
        if (subtree != null) {
            // Division codes are digits only (Jurisdiction checks), so the prefix needs no escaping.
            List<Criteria> inside = spec.subtreeFields.stream()
                    .map(field -> Criteria.where(field).regex("^" + subtree.code())).toList();
            filters.add(inside.size() == 1 ? inside.get(0) : new Criteria().orOperator(inside));
        }
        if (holder != null) {
            filters.add(spec.holder.apply(holder));
        }
        flags.forEach(flag -> filters.add(spec.flags.get(flag).get()));
        if (dueBefore != null) {
            filters.add(Criteria.where(spec.dueField).lt(Date.from(dueBefore)));
        }
        if (overdue != null) {
            Criteria late = new Criteria().andOperator(Criteria.where(spec.stateField).in(spec.runningStates),
                    Criteria.where(spec.dueField).lt(Date.from(now)));
            filters.add(overdue ? late : new Criteria().norOperator(late));
        }
        return filters;
    }

    private static final class Parser {

        private final MultiValueMap<String, String> params;
        private final ListSpec<?> spec;
        final List<InvalidListParameters.FieldError> errors = new ArrayList<>();

        Parser(MultiValueMap<String, String> params, ListSpec<?> spec) {
            this.params = params;
            this.spec = spec;
        }

        ListRequest parse() {
            for (String name : params.keySet()) {
                if (!KNOWN.contains(name) || !supported(name)) {
                    error(name, "不支持的参数");
                }
            }
            List<String> states = listed("state", spec.states, "状态");
            String category = single("category");
            if (category != null && !spec.categories.contains(category)) {
                error("category", "未知的类别 '" + cut(category) + "'，可选值：" + String.join("、", spec.categories));
                category = null;
            }
            Jurisdiction subtree = null;
            String code = single("jurisdiction");
            if (code != null) {
                try {
                    subtree = Jurisdiction.of(code);
                } catch (InvalidJurisdictionException e) {
                    error("jurisdiction", e.getMessage());
                }
            }
            String holder = single("holder");
            if (holder != null) {
                try {
                    spec.holder.apply(holder);
                } catch (IllegalArgumentException e) {
                    error("holder", e.getMessage());
                    holder = null;
                }
            }
            List<String> flags = listed("flag", List.copyOf(spec.flags.keySet()), "标记");
            Instant dueBefore = instant("dueBefore");
            Boolean overdue = bool("overdue");
            int page = number("page", 0, 0, MAX_PAGE);
            int size = number("size", DEFAULT_SIZE, 1, MAX_SIZE);
            Sort sort = sort();
            String after = single("after");
            if (after != null) {
                if (!ObjectId.isValid(after)) {
                    error("after", "应为上一页最后一条记录的 id");
                    after = null;
                } else if (params.containsKey("sort") || params.containsKey("page")) {
                    error("after", "只能在默认排序下按 after 翻页，不能与 sort 或 page 同用");
                }
            }
            return new ListRequest(states, category, subtree, holder, flags, dueBefore, overdue, page, size, sort,
                    after);
        }

        private boolean supported(String name) {
            return switch (name) {
                case "category" -> spec.categoryField != null;
                case "jurisdiction" -> !spec.subtreeFields.isEmpty();
                case "holder" -> spec.holder != null;
                case "flag" -> !spec.flags.isEmpty();
                case "dueBefore", "overdue" -> spec.dueField != null;
                default -> true;
            };
        }

        private List<String> listed(String name, List<String> allowed, String what) {
            List<String> raw = params.getOrDefault(name, List.of());
            Set<String> values = new LinkedHashSet<>();
            for (String value : raw) {
                for (String part : value.split(",", -1)) {
                    String trimmed = part.trim();
                    if (!allowed.contains(trimmed)) {
                        error(name, "未知的" + what + " '" + cut(trimmed) + "'，可选值：" + String.join("、", allowed));
                    } else {
                        values.add(trimmed);
                    }
                }
            }
            return List.copyOf(values);
        }

        private String single(String name) {
            List<String> values = params.get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            if (values.size() > 1) {
                error(name, "只能给出一次");
                return null;
            }
            String value = values.get(0).trim();
            if (value.isEmpty()) {
                error(name, "不能为空");
                return null;
            }
            return value;
        }

        private Instant instant(String name) {
            String value = single(name);
            if (value == null) {
                return null;
            }
            try {
                return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(BEIJING).toInstant()
                        : Instant.parse(value);
            } catch (DateTimeParseException e) {
                error(name, "'" + cut(value) + "' 不是日期（2026-11-30）或 ISO-8601 时间（2026-11-30T08:00:00Z）");
                return null;
            }
        }

        private Boolean bool(String name) {
            String value = single(name);
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> {
                    error(name, "应为 true 或 false");
                    yield null;
                }
            };
        }

        private int number(String name, int fallback, int min, int max) {
            String value = single(name);
            if (value == null) {
                return fallback;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            error(name, "应为 " + min + " 到 " + max + " 之间的整数");
            return fallback;
        }

        private Sort sort() {
            List<String> values = params.getOrDefault("sort", List.of());
            if (values.isEmpty()) {
                return spec.defaultSort;
            }
            List<Sort.Order> orders = new ArrayList<>();
            for (String value : values) {
                String[] parts = value.split(",", -1);
                String field = spec.sortFields.get(parts[0].trim());
                Sort.Direction direction = parts.length == 1 ? Sort.Direction.ASC
                        : parts.length == 2 && "asc".equalsIgnoreCase(parts[1].trim()) ? Sort.Direction.ASC
                        : parts.length == 2 && "desc".equalsIgnoreCase(parts[1].trim()) ? Sort.Direction.DESC : null;
                if (field == null) {
                    error("sort", "不能按 '" + cut(parts[0]) + "' 排序，可选：" + String.join("、", spec.sortFields.keySet()));
                } else if (direction == null) {
                    error("sort", "排序方向应为 asc 或 desc：'" + cut(value) + "'");
                } else {
                    orders.add(new Sort.Order(direction, field));
                }
            }
            return orders.isEmpty() ? spec.defaultSort : Sort.by(orders);
        }

        private void error(String field, String message) {
            errors.add(new InvalidListParameters.FieldError(field, message));
        }

        private static String cut(String value) {
            return value.length() <= 20 ? value : value.substring(0, 20) + "…";
        }
    }
}
