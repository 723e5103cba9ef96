package fr.metamut.coverage.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyNeedRepository extends JpaRepository<SurveyNeed, Long> {
}
