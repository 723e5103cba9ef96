package fr.metamut.offer.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface JointOfferRepository extends JpaRepository<JointOffer, Long> {

    @Query("select distinct o from JointOffer o order by o.id desc")
    List<JointOffer> findAllNewestFirst();

    /**
     * The cells addressed by the offers in a status, with their offer's title, in one query (loading the offers
     * would read each one's eager collections: five queries per offer on every page load of the matrix).
     */
    @Query("select new fr.metamut.offer.domain.PlannedCell(c.serviceCode, c.departementCode, o.title)"
            + " from JointOffer o join o.addressedCells c where o.status = :status order by o.id")
    List<PlannedCell> findAddressedCells(OfferStatus status);

    /**
     * The offer, its row locked until the transaction ends: saves and workflow moves of one offer run one
     * after the other, each merging onto what the previous one committed, instead of failing on its version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from JointOffer o where o.id = :id")
    Optional<JointOffer> findForUpdate(Long id);
}
