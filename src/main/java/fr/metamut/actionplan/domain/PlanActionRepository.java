package fr.metamut.actionplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    /** Every action with what the plan shows of it, in few queries. */
    @Query("select distinct a from PlanAction a left join fetch a.contributors left join fetch a.offer "
            + "left join fetch a.swotItem")
    List<PlanAction> findAllForPlan();

    /** The actions linked to a SWOT item, with what a plan row shows of them. */
    @Query("select distinct a from PlanAction a left join fetch a.contributors left join fetch a.offer "
            + "join fetch a.swotItem")
    List<PlanAction> findAllLinkedToSwot();

    /** The actions late on {@code today}: due before it and not done (see {@link Deadlines}). */
    @Query("select a from PlanAction a where a.dueDate < :today and a.status <> fr.metamut.actionplan.domain.ActionStatus.FAIT")
    List<PlanAction> findLate(@Param("today") java.time.LocalDate today);

    /** The keys of the steps of an offer that already have their action. */
    @Query("select a.originKey from PlanAction a where a.offer.id = :offerId and a.originKey is not null")
    List<String> findOriginKeysByOfferId(@Param("offerId") Long offerId);

    /** Offer id and step key of every generated action. */
    @Query("select a.offer.id, a.originKey from PlanAction a where a.originKey is not null")
    List<Object[]> findAllOriginKeys();
}
