package fr.metamut.base.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferenceDataLoadRepository extends JpaRepository<ReferenceDataLoad, String> {
}
