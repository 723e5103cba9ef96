package fr.metamut.security.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginTallyRepository extends JpaRepository<LoginTally, LoginTally.Id> {

    /** Adds the key's row (no attempt yet) unless it is there: two nodes adding it at once both go on. */
    @Modifying
    @Query(value = "insert into login_tally (kind, tally_key, attempts) values (:kind, :key, 0) on conflict do nothing",
            nativeQuery = true)
    int addIfAbsent(String kind, String key);

    /** The key's row, locked until the end of the transaction: the other nodes counting it wait. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginTally t where t.id = :id")
    Optional<LoginTally> lockById(LoginTally.Id id);

    /** Deletes the rows the throttle would treat as forgotten: no lock in force, last attempt before the given one. */
    @Modifying
    @Query("delete from LoginTally t where (t.lockedUntil is null or t.lockedUntil <= :now)"
            + " and (t.lastAttempt is null or t.lastAttempt <= :quietSince)")
    int deleteForgotten(Instant now, Instant quietSince);
}
