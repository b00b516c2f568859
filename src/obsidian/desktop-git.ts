/**
 * The desktop git backend, loaded only when a sync runs on desktop (`await import("./desktop-git")`
 * behind `Platform.isDesktopApp`): it pulls in simple-git and Node's `child_process`, `fs` and
 * `path`, which Obsidian mobile does not have. Nothing else in the plugin imports this file, so
 * those modules are required by main.js only inside this lazily initialised module.
 */
export { openGitRepository } from "../sync/git-simple";
