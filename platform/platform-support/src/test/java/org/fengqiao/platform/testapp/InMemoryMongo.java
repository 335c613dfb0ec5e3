package org.fengqiao.platform.testapp;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** One in-memory Mongo-wire server per test JVM, so the readiness group's {@code mongo} member is really UP. */
final class InMemoryMongo {

    private static final MongoServer SERVER = new MongoServer(new MemoryBackend());

    private static final String URI = "mongodb://localhost:" + SERVER.bind().getPort() + "/probe";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SERVER::shutdownNow));
    }

    private InMemoryMongo() {
    }

    static String uri() {
        return URI;
    }
}
