package fr.metamut.coverage.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyFactRepository extends JpaRepository<SurveyFact, Long> {
}
