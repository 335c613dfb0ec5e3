package org.fengqiao.petition.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;

import org.fengqiao.platform.security.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

class ListRequestTest {

    enum State { open, closed }

    enum Kind { a, b }

    record Item(String id) {
    }

    static final ListSpec<Item> SPEC = ListSpec.builder(Item.class, Item::id)
            .states("state", State.class)
            .categories("kind", Kind.class)
            .subtree("place", "holder.jurisdiction")
            .holder(code -> {
                if (!code.matches("\\d{6,14}")) {
                    throw new IllegalArgumentException("承办单位代码无效");
                }
                return Criteria.where("holder.jurisdiction").is(code);
            })
            .flag("urgent", () -> Criteria.where("urgent").is(true))
            .due("dueAt", "open")
            .sortable("dueAt", "dueAt")
            .build();

    @Test
    void withoutParametersItIsTheFirstPageOfTwentyInTheDefaultOrder() {
        ListRequest request = parse("");

        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(20);
        assertThat(request.keyed(SPEC)).isTrue();
        assertThat(request.pageQuery(new Criteria()).getLimit()).isEqualTo(21);
    }

    @Test
    void everyBadParameterIsOneFieldError() {
        InvalidListParameters invalid = invalid(
                "?state=gossip&size=0&sort=password&dueBefore=yesterday&overdue=maybe&page=-1&kind=c");

        assertThat(invalid.errors()).extracting(InvalidListParameters.FieldError::field)
                .containsExactlyInAnyOrder("state", "size", "sort", "dueBefore", "overdue", "page", "kind");
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getBody().getProperties()).containsKey("errors");
    }

    @Test
    void sizeIsBetweenOneAndTwoHundred() {
        assertThat(parse("?size=200").size()).isEqualTo(200);
        assertThat(invalid("?size=10000").errors()).extracting(InvalidListParameters.FieldError::field)
                .containsExactly("size");
        assertThat(invalid("?size=ten").errors()).hasSize(1);
    }

    @Test
    void operatorsInNamesOrValuesAreRejectedNotRun() {
        assertThat(invalid("?state[$ne]=x").errors()).extracting(InvalidListParameters.FieldError::field)
                .containsExactly("state[$ne]");
        assertThat(invalid("?state={\"$ne\":null}").errors()).extracting(InvalidListParameters.FieldError::field)
                .containsExactly("state");
        assertThat(invalid("?holder={\"$gt\":\"\"}").errors()).extracting(InvalidListParameters.FieldError::field)
                .containsExactly("holder");
        assertThat(invalid("?jurisdiction=^33").errors()).extracting(InvalidListParameters.FieldError::field)
                .containsExactly("jurisdiction");
    }

    @Test
    void statesRepeatOrSeparateWithCommasAndSortsTakeADirection() {
        ListRequest request = parse("?state=open,closed&state=open&sort=dueAt,desc");

        assertThat(request.states()).containsExactly("open", "closed");
        assertThat(request.sort()).isEqualTo(Sort.by(Sort.Direction.DESC, "dueAt"));
        assertThat(request.keyed(SPEC)).isFalse();
        // The id breaks ties, so pages never overlap.
        assertThat(request.pageQuery(new Criteria()).getSortObject().keySet()).containsExactly("dueAt", "_id");
        assertThat(invalid("?sort=dueAt,sideways").errors()).hasSize(1);
    }

    @Test
    void aDateIsTheStartOfThatDayInBeijing() {
        assertThat(parse("?dueBefore=2026-11-30").dueBefore()).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
        assertThat(parse("?dueBefore=2026-11-30T08:00:00Z").dueBefore()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
    }

    @Test
    void afterPagesOnlyInTheDefaultOrder() {
        assertThat(parse("?after=5f0c2b9e8f1a2b3c4d5e6f70").after()).isEqualTo("5f0c2b9e8f1a2b3c4d5e6f70");
        assertThat(invalid("?after=5f0c2b9e8f1a2b3c4d5e6f70&sort=dueAt").errors()).hasSize(1);
        assertThat(invalid("?after=zzz").errors()).hasSize(1);
        assertThat(invalid("?size=1&size=2").errors()).hasSize(1);
    }

    @Test
    void aSubtreeOutsideTheCallersJurisdictionMatchesNothing() {
        Criteria scope = Criteria.where("place").regex("^330681101");
        String outside = Query.query(parse("?jurisdiction=330681102")
                .criteria(SPEC, scope, Jurisdiction.of("330681101"), Instant.now())).getQueryObject().toJson();
        String inside = Query.query(parse("?jurisdiction=330681101201")
                .criteria(SPEC, scope, Jurisdiction.of("330681101"), Instant.now())).getQueryObject().toJson();

        assertThat(outside).contains("\"_id\": {\"$exists\": false}");
        assertThat(inside).doesNotContain("$exists").contains("330681101201");
    }

    private static ListRequest parse(String query) {
        return ListRequest.parse(params(query), SPEC);
    }

    private static InvalidListParameters invalid(String query) {
        return catchThrowableOfType(InvalidListParameters.class, () -> parse(query));
    }

    private static MultiValueMap<String, String> params(String query) {
        return new LinkedMultiValueMap<>(UriComponentsBuilder.fromUriString("/x" + query).build().getQueryParams());
    }
}
