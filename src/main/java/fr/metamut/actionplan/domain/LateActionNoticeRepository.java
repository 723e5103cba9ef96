package fr.metamut.actionplan.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LateActionNoticeRepository extends JpaRepository<LateActionNotice, Long> {
}
