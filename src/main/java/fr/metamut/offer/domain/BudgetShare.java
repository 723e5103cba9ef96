package fr.metamut.offer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** The part of a joint offer's budget carried by one operator, in euros. */
@Embeddable
public class BudgetShare {

    @Column(name = "operator_id", nullable = false)
    private Long operatorId;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected BudgetShare() {
    }

    public BudgetShare(Long operatorId, BigDecimal amount) {
        this.operatorId = operatorId;
        this.amount = amount;
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetShare b && Objects.equals(operatorId, b.operatorId)
                && (amount == null ? b.amount == null : b.amount != null && amount.compareTo(b.amount) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operatorId, amount == null ? null : amount.stripTrailingZeros());
    }
}
