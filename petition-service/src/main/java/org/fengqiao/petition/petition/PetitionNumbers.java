package org.fengqiao.petition.petition;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.bson.Document;
import org.fengqiao.platform.calendar.WorkCalendar;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 信访件编号: {@code XF<county>-<yyyyMMdd>-<nnnn>}, numbered per county and day (Asia/Shanghai) by an atomic
 * counter in {@value #COLLECTION}, so two registrations at once never share a number.
 */
@Component
class PetitionNumbers {

    static final String COLLECTION = "petition_numbers";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ReactiveMongoTemplate mongo;

    PetitionNumbers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<String> next(String placeCode, Instant now) {
        String prefix = "XF" + placeCode.substring(0, 6) + "-" + WorkCalendar.dateOf(now).format(DAY);
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(prefix)), new Update().inc("seq", 1),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                .map(counter -> prefix + "-" + String.format("%04d", ((Number) counter.get("seq")).intValue()));
    }
}
