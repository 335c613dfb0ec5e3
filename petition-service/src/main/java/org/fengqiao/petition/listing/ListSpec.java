package org.fengqiao.petition.listing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What a list over one collection can filter and sort by: the allowed states and categories, the division-code
 * fields a {@code jurisdiction} subtree applies to, how a holder code becomes a condition, named flags, the due
 * field with the states in which a deadline runs ({@code overdue}), and the sortable fields by parameter name.
 * Build one per track with {@link #builder(Class, Function)}.
 */
public final class ListSpec<E> {

    final Class<E> entityType;
    final Function<E, String> id;
    final String stateField;
    final List<String> states;
    final String categoryField;
    final List<String> categories;
    final List<String> subtreeFields;
    final Function<String, Criteria> holder;
    final Map<String, Supplier<Criteria>> flags;
    final String dueField;
    final List<String> runningStates;
    final Map<String, String> sortFields;
    final Sort defaultSort;

    private ListSpec(Builder<E> builder) {
        this.entityType = builder.entityType;
        this.id = Objects.requireNonNull(builder.id, "id");
        this.stateField = Objects.requireNonNull(builder.stateField, "stateField");
        this.states = List.copyOf(builder.states);
        this.categoryField = builder.categoryField;
        this.categories = List.copyOf(builder.categories);
        this.subtreeFields = List.copyOf(builder.subtreeFields);
        this.holder = builder.holder;
        this.flags = Map.copyOf(builder.flags);
        this.dueField = builder.dueField;
        this.runningStates = List.copyOf(builder.runningStates);
        this.sortFields = Map.copyOf(builder.sortFields);
        this.defaultSort = builder.defaultSort;
    }

    /** A spec for records of this type; {@code id} reads a record's id (what {@code after} pages by). */
    public static <E> Builder<E> builder(Class<E> entityType, Function<E, String> id) {
        return new Builder<>(entityType, id);
    }

    /** The states in their declared order, e.g. for counts that list every state. */
    public List<String> states() {
        return states;
    }

    /** Builds a {@link ListSpec}; {@code states} is required, everything else optional. */
    public static final class Builder<E> {

        private final Class<E> entityType;
        private final Function<E, String> id;
        private String stateField;
        private List<String> states = List.of();
        private String categoryField;
        private List<String> categories = List.of();
        private List<String> subtreeFields = List.of();
        private Function<String, Criteria> holder;
        private final Map<String, Supplier<Criteria>> flags = new LinkedHashMap<>();
        private String dueField;
        private List<String> runningStates = List.of();
        private final Map<String, String> sortFields = new LinkedHashMap<>();
        private Sort defaultSort = Sort.by(Sort.Direction.ASC, "_id");

        private Builder(Class<E> entityType, Function<E, String> id) {
            this.entityType = entityType;
            this.id = id;
        }

        public Builder<E> states(String field, Class<? extends Enum<?>> type) {
            this.stateField = field;
            this.states = names(type);
            return this;
        }

        public Builder<E> categories(String field, Class<? extends Enum<?>> type) {
            this.categoryField = field;
            this.categories = names(type);
            return this;
        }

        /** Categories from a catalogue (e.g. configurable) rather than an enum. */
        public Builder<E> categories(String field, List<String> names) {
            this.categoryField = field;
            this.categories = List.copyOf(names);
            return this;
        }

        /** {@code jurisdiction=<code>} matches records with any of these division-code fields inside the code. */
        public Builder<E> subtree(String... fields) {
            this.subtreeFields = List.of(fields);
            return this;
        }

        /**
         * {@code holder=<code>} becomes this condition; the function throws an {@link IllegalArgumentException}
         * with a message for the caller when the code is malformed.
         */
        public Builder<E> holder(Function<String, Criteria> condition) {
            this.holder = condition;
            return this;
        }

        /** {@code flag=<name>} (repeatable, all must hold) adds this condition. */
        public Builder<E> flag(String name, Supplier<Criteria> condition) {
            this.flags.put(name, condition);
            return this;
        }

        /** The deadline field ({@code dueBefore}) and the states in which it runs ({@code overdue}). */
        public Builder<E> due(String field, String... runningStates) {
            this.dueField = field;
            this.runningStates = List.of(runningStates);
            return this;
        }

        /** {@code sort=<name>[,asc|desc]} sorts by this field. */
        public Builder<E> sortable(String name, String field) {
            this.sortFields.put(name, field);
            return this;
        }

        public Builder<E> defaultSort(Sort sort) {
            this.defaultSort = sort;
            return this;
        }

        public ListSpec<E> build() {
            return new ListSpec<>(this);
        }

        private static List<String> names(Class<? extends Enum<?>> type) {
            return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        }
    }
}
