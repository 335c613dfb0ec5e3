package org.fengqiao.platform.testkit;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The Mongo-wire store (mongo-java-server, in memory) that every test of the JVM shares: started on first
 * use, stopped when the JVM exits. It has the limits of the embedded store the services run on
 * (STACK.md: no multi-document transactions, only {@code _id} and unique indexes are real).
 */
public final class TestMongo {

    private static volatile TestMongo shared;

    private final MongoServer server;
    private final InetSocketAddress address;

    private TestMongo() {
        server = new MongoServer(new MemoryBackend());
        address = server.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "test-mongo-shutdown"));
    }

    public static TestMongo shared() {
        TestMongo current = shared;
        if (current == null) {
            synchronized (TestMongo.class) {
                current = shared;
                if (current == null) {
                    current = new TestMongo();
                    shared = current;
                }
            }
        }
        return current;
    }

    /** A connection string for the given database, e.g. {@code mongodb://localhost:40123/petition}. */
    public String uri(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }
}
