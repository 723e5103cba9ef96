package fr.metamut.catalog.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceLineRepository extends JpaRepository<ServiceLine, Long> {

    Optional<ServiceLine> findByCode(String code);

    @Query("select s from ServiceLine s order by s.family.position, s.name")
    List<ServiceLine> findAllInCatalogueOrder();

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByNameIgnoreCase(String name);
}
