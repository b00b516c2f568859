// Test page: the decision log over a generated team's items (see ui-setup.ts for the query parameters).
import { DecisionLogView } from "../../../src/ui/decision-log-view";
import { mountPage } from "./ui-setup";

mountPage((container, host) => new DecisionLogView(container, host));
