package fr.metamut.copil.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingBaselineRepository extends JpaRepository<MeetingBaseline, Long> {
}
