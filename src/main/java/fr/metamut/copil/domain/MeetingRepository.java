package fr.metamut.copil.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** Oldest first: the order in which the committee met (same day: the order recorded). */
    List<Meeting> findAllByOrderByDateAscIdAsc();
}
