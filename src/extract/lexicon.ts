/**
 * Small word lists the rules use to tell a person's name from an ordinary word at the start of
 * a clause ("Josh to open a PR" vs "Time to ship", "Min will commit" vs "Metrics will come").
 *
 * They are deliberately short (a few hundred words, a few kilobytes in the plugin bundle):
 * names found in People/Team notes always win over these lists, so they only decide for names
 * the vault does not know.
 */

/**
 * Base forms of verbs that start an imperative ("Review the spec", "Go to Settings") or follow
 * "will"/"to" in a commitment. Used to reject "Go to …" as a name and to recognise a to-do line
 * under an "Action items" or "Next" heading.
 */
export const BASE_VERBS: ReadonlySet<string> = new Set(
  (
    "access accept add address adjust agree align allocate analyse analyze announce answer apply approve archive ask assess assign attach attend audit automate " +
    "backport benchmark block book brainstorm break bring build bump buy calculate call cancel click capture change chase check circulate clarify clean " +
    "close collect comment commit communicate compare compile complete compose configure confirm connect consider consolidate contact continue contribute " +
    "convert coordinate copy correct create cut debug decide define delegate delete deliver demo deploy deprecate describe design determine develop " +
    "digest disable discuss document do double drag draft drive drop duplicate edit email enable encourage ensure enter escalate establish estimate evaluate examine " +
    "expand explain explore export extend file fill finalise finalize find finish fix flag follow fork forward freeze freshen gather generate get give " +
    "go grab handle help hire host identify implement import improve include incorporate inform install integrate interpret interview introduce investigate invite " +
    "iterate join keep kick label land launch lead learn let lift link list loop look maintain make manage map mark measure meet mention merge migrate " +
    "minimise minimize monitor move navigate note notify nudge observe obtain onboard open order organise organize outline own pair park pass patch " +
    "pick ping pitch plan polish post prepare present press prioritise prioritize proceed produce promote propose prototype provide publish pull purchase push " +
    "put raise reach read rebase recap recommend record redesign reduce refactor refer refine reload remind remove rename reopen reorganise repair " +
    "replace reply report request research reschedule resolve respond restart restore resume retire retry return revert review revise revisit rewrite " +
    "rollback rollout run save scale schedule scope scroll search secure select send set settle setup share ship sign simplify sketch sort spec " +
    "specify spike split start stop streamline submit summarise summarize supply support switch sync tag take talk tap target test tidy toggle track train " +
    "transfer translate triage trim try turn type uninstall unblock update upgrade upload use validate verify vote walk wire work wrap write " +
    "arrange calibrate circle clear collate cover deposit dispatch distribute draw email extract fetch label log order pack phone photograph pilot " +
    "prep print process rebuild recruit redo register renew replicate rerun ring rotate sample scan sequence sketch stage stock submit survey swap tag tune"
  ).split(" "),
);

/**
 * Words that look like a name at the start of a clause but are not a person: pronouns,
 * determiners, question words, and nouns that commonly start sentences in team notes and
 * documentation ("Customers will see …", "Metrics will come …", "Meeting next week will …").
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the this that these those it its there here they them their he she him her his hers you your yours we us our ours i me my mine " +
    "everyone everybody someone somebody anyone anybody nobody noone none nothing something anything everything all both each either neither " +
    "every some any many most more much few several other others another such what which who whom whose when where why how whether if then " +
    "also and but or nor so yet still just only even maybe perhaps probably likely hopefully ideally eventually finally next later soon now today " +
    "tomorrow yesterday tonight week weekend month year quarter day morning afternoon evening time times " +
    "meeting meetings call calls sync standup retro demo release releases build builds deploy deploys deployment deployments test tests ci cd " +
    "customer customers user users client clients people folks team teams group groups member members staff community company org " +
    "metric metrics data docs doc documentation page pages site file files folder folders note notes vault vaults plugin plugins app apps " +
    "feature features change changes update updates version versions work task tasks item items issue issues bug bugs pr prs ticket tickets " +
    "project projects plan plans process policy service services server servers system systems tool tools api apis code repo repos " +
    "cache caches job jobs pipeline pipelines branch branches cluster clusters traffic load cost costs price prices budget revenue sales " +
    "design designs product products marketing support engineering legal finance ops security infra infrastructure backend frontend mobile web " +
    "email emails mail message messages chat slack discord forum thread threads link links image images video videos " +
    "obsidian sync publish canvas bases graph editor settings option options mode view views " +
    "note notice reminder warning tip info example examples question questions answer answers result results output input inputs " +
    "goal goals priority priorities status summary agenda outcome outcomes context background overview scope risk risks " +
    "need needs could would should can cannot will shall may might must welcome thanks thank kudos additionally however meanwhile otherwise instead congrats congratulations hello hi hey dear please ok okay yes no not nope yep " +
    "due ready happy able unable going back up down out off over under about above below before after during until " +
    "first second third last new old current previous final main default general public private internal external " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december"
  ).split(" "),
);

/** True when `word` (any case) is an ordinary word rather than a name: a base verb or a listed non-name. */
export function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  return BASE_VERBS.has(lower) || NON_NAME_WORDS.has(lower);
}

/**
 * Verbs that need a person to do them. A lower-case word at the start of a clause counts as a
 * handle ("ihor will work on the doc") only before one of these, so "performance will improve"
 * stays a forecast.
 */
export const HUMAN_VERBS: ReadonlySet<string> = new Set(
  (
    "ask book call check circulate clean commit compile contact coordinate create document do draft email file fill find finish fix follow " +
    "forward freshen get give handle help host investigate join lead look loop make meet open organise organize own pair ping post prepare present " +
    "propose pull push put reach read reply report respond review run schedule send set share sign start submit summarise summarize sync take " +
    "talk test try update work write"
  ).split(" "),
);

/**
 * Words right after "will" that make the sentence a forecast or a state rather than a promise
 * ("it will probably rain", "Zach will be out", "The build will be slower").
 */
export const HEDGE_WORDS: ReadonlySet<string> = new Set(
  "probably likely maybe possibly perhaps never not surely certainly automatically silently usually typically always often generally apparently presumably".split(" "),
);

/** Adverbs allowed between "will" and its verb in a promise ("Sarah will also send …"). */
export const PROMISE_ADVERBS: ReadonlySet<string> = new Set("also then now first still definitely personally quickly just finally soon hopefully".split(" "));
