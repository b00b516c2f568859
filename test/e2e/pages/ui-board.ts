// Test page: the board over a generated team's items (see ui-setup.ts for the query parameters).
import { BoardView } from "../../../src/ui/board-view";
import { mountPage } from "./ui-setup";

mountPage((container, host) => new BoardView(container, host));
