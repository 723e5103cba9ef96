package fr.metamut.security.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginLockRepository extends JpaRepository<LoginLock, LoginLock.Id> {

    List<LoginLock> findByLockedUntilAfter(Instant now);

    @Modifying
    @Query("delete from LoginLock l where l.lockedUntil <= :now")
    int deleteExpired(Instant now);
}
