package fr.metamut.actionplan.service;

/** A coverage gap an action may address: a service nobody offers in a département. */
public record GapOption(String serviceCode, String serviceName, String departementCode, String departementName) {

    public String label() {
        return serviceName + " — " + departementCode + " " + departementName;
    }
}
