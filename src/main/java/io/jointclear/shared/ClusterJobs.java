package io.jointclear.shared;

/**
 * Scheduled work that runs on exactly one instance of the platform. The instance that first takes a
 * job's lock keeps it while it lives; the others skip the job. When that instance stops or dies, its
 * database session ends, the lock is free, and the next instance to try takes the job over.
 */
public interface ClusterJobs {

    /**
     * Runs {@code work} when this instance holds (or can now take) the lock of {@code job}.
     *
     * @param job a stable name, e.g. {@code "audit.seal"}; one lock per name across all instances
     * @return whether the work ran here
     */
    boolean runIfHolder(String job, Runnable work);
}
