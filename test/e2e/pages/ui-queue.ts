// Test page: "waiting on me". Without `set=scenario` it shows a generated team's items; with
// it, the hand-written scenario of test/ui/queue-scenario.ts, whose expected sections the test knows.
import { QueueView } from "../../../src/ui/queue-view";
import { queueScenario } from "../../ui/queue-scenario";
import { mountPage } from "./ui-setup";

const scenario = new URLSearchParams(location.search).get("set") === "scenario";
mountPage((container, host) => new QueueView(container, host), scenario ? queueScenario : undefined);
