package fr.metamut.catalog.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfferingRepository extends JpaRepository<Offering, Long> {

    @Query("""
            select o from Offering o
            where o.operator.id = :operatorId
            order by o.departement.code, o.serviceLine.family.position, o.serviceLine.name""")
    List<Offering> findByOperator(Long operatorId);

    @Query("select o from Offering o order by o.departement.code, o.serviceLine.name, o.operator.name")
    List<Offering> findAllOrdered();

    boolean existsByOperatorIdAndServiceLineIdAndDepartementId(Long operatorId, Long serviceLineId,
                                                               Long departementId);

    long countByServiceLineId(Long serviceLineId);

    long countByOperatorId(Long operatorId);
}
