/**
 * The local stack's infrastructure processes: the real Apache Kafka broker (KRaft, single node) and the
 * MongoDB wire-protocol store (mongo-java-server on an H2 file). Each has a {@code main} the launcher runs
 * as a child process; both keep their data on disk so topics, offsets and documents survive a restart.
 *
 * <p>Both mains understand {@code --dir DIR}, {@code --port N} and {@code --ready-file FILE}: the ready
 * file is written once the process serves requests and removed when it shuts down.
 */
package org.fengqiao.local.infra;
