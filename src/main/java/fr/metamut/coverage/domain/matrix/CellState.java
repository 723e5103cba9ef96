package fr.metamut.coverage.domain.matrix;

/** How many operators offer a service somewhere: none (gap, orange), one, or several (doublon, blue). */
public enum CellState {
    GAP, SINGLE, DOUBLON;

    public static CellState of(int operatorCount) {
        return operatorCount == 0 ? GAP : operatorCount == 1 ? SINGLE : DOUBLON;
    }
}
