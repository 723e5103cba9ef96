package fr.metamut.coverage.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewInsightRepository extends JpaRepository<InterviewInsight, Long> {
}
