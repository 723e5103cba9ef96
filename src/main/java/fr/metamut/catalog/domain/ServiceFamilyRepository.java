package fr.metamut.catalog.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceFamilyRepository extends JpaRepository<ServiceFamily, Long> {

    Optional<ServiceFamily> findByCode(String code);

    List<ServiceFamily> findAllByOrderByPosition();
}
