package org.fengqiao.petition.petition;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.fengqiao.petition.listing.CsvDownload;
import org.fengqiao.petition.listing.ListPage;
import org.fengqiao.petition.listing.ListRequest;
import org.fengqiao.petition.listing.Listings;
import org.fengqiao.petition.listing.OverdueByUnit;
import org.fengqiao.petition.listing.StateCounts;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

import reactor.core.publisher.Mono;

/** Reading petitions within the caller's scope ({@link PetitionAccess}): one, lists, counts, CSV, overdue per unit. */
@Service
class PetitionReading {

    static final int MAX_OVERDUE = 1000;

    private final PetitionRepository petitions;
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final Listings listings;
    private final PetitionSearch search;

    PetitionReading(PetitionRepository petitions, ReactiveMongoTemplate mongo, Clock clock, Listings listings,
                    PetitionSearch search) {
        this.petitions = petitions;
        this.mongo = mongo;
        this.clock = clock;
        this.listings = listings;
        this.search = search;
    }

    /** A petition the user may see; outside the user's scope it does not exist. */
    Mono<Petition> find(String id, CurrentUser user) {
        return petitions.findById(id)
                .filter(petition -> PetitionAccess.canRead(petition, user))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("信访事项不存在: " + id)));
    }

    /**
     * A page of the petitions the user may see, filtered and sorted as the parameters say ({@link ListRequest}); in
     * the default order (oldest first) {@code next} pages by id ({@code after}).
     */
    Mono<ListPage<PetitionSummary>> search(MultiValueMap<String, String> params, CurrentUser user) {
        ListRequest request = ListRequest.parse(params, search.spec());
        return listings.page(search.spec(), request, PetitionAccess.readable(user), user, PetitionSummary::of);
    }

    Mono<StateCounts> counts(MultiValueMap<String, String> params, CurrentUser user) {
        ListRequest request = ListRequest.parse(params, search.spec());
        return listings.counts(search.spec(), request, PetitionAccess.readable(user), user);
    }

    /** How many petitions the export holds in all (it stops at {@link Listings#EXPORT_CAP}), then the CSV. */
    Mono<CsvDownload> export(MultiValueMap<String, String> params, CurrentUser user) {
        ListRequest request = ListRequest.parse(params, search.spec());
        return listings.exportSize(search.spec(), request, PetitionAccess.readable(user), user)
                .map(total -> new CsvDownload(total, listings.export(search.spec(), request,
                        PetitionAccess.readable(user), user, search.csv(clock.instant()))));
    }


    /** 超期清单: the petitions in scope past their running deadline, grouped by the holding unit. */
    Mono<List<OverdueUnit>> overdue(CurrentUser user) {
        Criteria criteria = new Criteria().andOperator(PetitionAccess.readable(user),
                Criteria.where("dueAt").lt(clock.instant()));
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.ASC, "dueAt")).limit(MAX_OVERDUE);
        return mongo.find(query, Petition.class).collectList().map(found -> OverdueByUnit.group(found,
                        Comparator.comparing(Petition::dueAt), petition -> String.valueOf(petition.holderCode()),
                        PetitionSummary::of).stream()
                .map(unit -> new OverdueUnit(unit.getKey(), unit.getValue().size(), unit.getValue()))
                .toList());
    }
}
