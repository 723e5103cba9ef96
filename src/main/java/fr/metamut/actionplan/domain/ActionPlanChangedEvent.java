package fr.metamut.actionplan.domain;

import fr.metamut.base.domain.DataChangedEvent;

/** The action plan changed (topic {@code actionplan}): open plan pages reload after the commit. */
public record ActionPlanChangedEvent(String topic) implements DataChangedEvent {

    public static final String TOPIC = "actionplan";

    public static ActionPlanChangedEvent plan() {
        return new ActionPlanChangedEvent(TOPIC);
    }
}
