package fr.metamut.coverage.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishedSynthesisCellRepository extends JpaRepository<PublishedSynthesisCell, Long> {
}
