import OasisServices

/// The one stylesheet: system fonts with Chinese and Uyghur (Arabic-script) fallbacks, readable on a phone and in
/// print, AA contrast, no external resources. Only logical properties (`margin-inline-start`, `text-align: start`,
/// `inset-inline-start` …) place things sideways, so that a right-to-left page (`<html dir="rtl">`, Uyghur) mirrors
/// its layout, tables, navigation and legends without rules of its own. On right-to-left pages, figures (`1 / 24`,
/// `+2.6`, `-3.2`) are isolated left to right so that bidi reordering cannot turn them into `24 / 1` or `2.6+`.
/// Charts set their own direction (`SVG.open`): mirrored ones right to left, maps left to right.
enum Stylesheet {
    static let css = """
        :root { --ink: #1d2b2a; --muted: #4b5d5b; --accent: #0b6e63; --accent-ink: #ffffff; --line: #c9d6d3; --bg: #f7faf9; --error: #a4161a; --ok: #1b6e20; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: \(FontStack.standard); color: var(--ink); background: var(--bg); line-height: 1.55; }
        a { color: var(--accent); }
        .skip { position: absolute; inset-inline-start: -999px; } .skip:focus { inset-inline-start: 8px; top: 8px; background: #fff; padding: 4px 8px; }
        header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; padding: 10px 16px; background: var(--accent); color: var(--accent-ink); }
        header.top a, header.top button { color: var(--accent-ink); }
        header.top a, .account a { display: inline-flex; align-items: center; min-height: 44px; }
        .brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; margin-inline-end: auto; }
        #lang-switch { display: flex; gap: 4px; } #lang-switch a { padding: 0 6px; } #lang-switch a[aria-current] { font-weight: 700; text-decoration: none; }
        .account { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; font-size: .9rem; }
        form.inline { display: inline; } form.inline button { background: transparent; border: 1px solid currentColor; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
        nav.modules { background: #fff; border-bottom: 1px solid var(--line); overflow-x: auto; }
        nav.modules ul { display: flex; gap: 4px; list-style: none; margin: 0; padding: 0 12px; white-space: nowrap; }
        nav.modules li a, nav.modules li span { display: inline-flex; align-items: center; min-height: 44px; padding: 0 10px; text-decoration: none; }
        nav.modules a[aria-current] { border-bottom: 3px solid var(--accent); font-weight: 600; }
        nav.modules details.menu { display: none; }
        nav.modules details.menu > summary { display: flex; align-items: center; gap: 8px; min-height: 44px; padding: 0 16px; cursor: pointer; font-weight: 600; list-style: none; }
        nav.modules details.menu > summary::-webkit-details-marker { display: none; } .menu-icon { font-size: 1.3rem; }
        nav.modules details.menu ul { flex-direction: column; white-space: normal; padding: 0 0 8px; gap: 0; }
        nav.modules details.menu li a, nav.modules details.menu li span { display: flex; padding: 0 16px; }
        nav.modules details.menu a[aria-current] { border-bottom: 0; border-inline-start: 4px solid var(--accent); }
        @media (max-width: 700px) { nav.modules details.menu { display: block; } nav.modules ul.bar { display: none; } nav.modules { overflow-x: visible; } }
        nav.modules .soon { color: var(--muted); }
        main { max-width: 1100px; margin: 0 auto; padding: 16px; overflow-wrap: break-word; } code { overflow-wrap: anywhere; }
        h1 small { font-size: .55em; color: var(--muted); font-weight: 400; }
        .lead { font-size: 1.1rem; } .note, .source, .legend { color: var(--muted); font-size: .9rem; }
        ul.tree, ul.tree ul { list-style: none; padding-inline-start: 1.1rem; } ul.tree { padding-inline-start: 0; }
        ul.tree li { margin: 4px 0; } .figures { color: var(--muted); font-size: .9rem; margin-inline-start: 6px; font-variant-numeric: tabular-nums; }
        details > summary { cursor: pointer; }
        table { border-collapse: collapse; background: #fff; } th, td { border: 1px solid var(--line); padding: 6px 10px; text-align: start; }
        td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
        .scroll { overflow-x: auto; } table.list { width: 100%; }
        caption { text-align: start; color: var(--muted); padding: 4px 0; }
        .crumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 0 0 8px; }
        .crumbs a { display: inline-flex; align-items: center; min-height: 44px; }
        .crumbs li + li::before { content: "›"; margin-inline-end: 6px; color: var(--muted); } [dir=rtl] .crumbs li + li::before { content: "‹"; }
        .card { display: grid; gap: 8px; max-width: 360px; background: #fff; padding: 16px; border: 1px solid var(--line); border-radius: 6px; }
        input { font: inherit; padding: 8px; border: 1px solid var(--muted); border-radius: 4px; }
        button, select, summary, input:not([type=hidden]):not([type=checkbox]):not([type=radio]) { min-height: 44px; }
        input[type=checkbox], input[type=radio] { width: 22px; height: 22px; }
        select, textarea { font: inherit; } input, select, textarea { max-width: 100%; } fieldset { min-width: 0; } .card > * { min-width: 0; }
        .card button { font: inherit; padding: 8px; background: var(--accent); color: var(--accent-ink); border: 0; border-radius: 4px; cursor: pointer; }
        .field-error { color: var(--error); font-weight: 600; margin: 0; font-size: .95rem; } [aria-invalid=true] { border: 2px solid var(--error); }
        .error { color: var(--error); font-weight: 600; } .ok { color: var(--ok); font-weight: 600; }
        .figures-row { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
        .figure { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 140px; }
        .figure span { display: block; color: var(--muted); font-size: .85rem; } .figure b { font-size: 1.6rem; font-variant-numeric: tabular-nums; }
        .charts { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; }
        .chart { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px; margin: 8px 0; overflow-x: auto; min-width: 0; max-width: 100%; }
        .chart svg { display: block; max-width: none; }
        .chart.map svg { width: 100%; height: auto; max-height: 480px; }
        .actions a[aria-current] { font-weight: 700; text-decoration: none; }
        .filters { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 8px 0; }
        .filters select, .filters button, .inline-form select, .inline-form button, .inline-form input { font: inherit; padding: 4px 8px; }
        .inline-form { display: flex; gap: 4px; flex-wrap: wrap; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        tr.fail td { background: #fbf1dc; }
        .card.wide { max-width: 560px; } progress { width: 100%; }
        footer { color: var(--muted); font-size: .85rem; text-align: center; padding: 24px 16px; }
        [lang=ug] body, body [lang=ug] { font-family: \(FontStack.uyghur); line-height: 1.7; }
        [dir=rtl] .figure b, [dir=rtl] td.num, [dir=rtl] .figures { direction: ltr; unicode-bidi: isolate; }
        [dir=rtl] .figure b { text-align: right; } [dir=rtl] td.num { text-align: left; }
        bdi, .code, code { unicode-bidi: isolate; }
        :focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
        @media (max-width: 600px) { header.top { padding: 8px; } main { padding: 10px; } .figures { display: block; margin-inline-start: 0; } }
        @media print { header.top, nav.modules, footer { display: none; } body { background: #fff; } }
        /* ---- Hotline (issue 14): the report entry, fields' problems, the pick map, tracking codes ---- */
        .account a.report { white-space: nowrap; font-weight: 700; border: 1px solid var(--accent-ink); border-radius: 4px; padding: 4px 10px; min-height: 44px; display: inline-flex; align-items: center; }
        .hotline-map { background: #fff; border: 1px solid var(--line); border-radius: 6px; max-width: 100%; }
        .hotline-map svg { display: block; width: 100%; height: auto; max-height: 420px; cursor: crosshair; touch-action: manipulation; }
        .hotline-map path.area:hover { stroke-width: 2; }
        .card button.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); min-height: 44px; }
        #tracking-code { font-family: ui-monospace, monospace; font-size: 1.2rem; letter-spacing: .05em; overflow-wrap: anywhere; }
        ul.cards { list-style: none; padding: 0; display: grid; gap: 8px; } ul.cards .card { max-width: none; display: block; overflow-wrap: anywhere; }
        #case-reply { background: #fff; border-inline-start: 4px solid var(--accent); margin: 8px 0; padding: 8px 12px; overflow-wrap: anywhere; }
        .step-form select { max-width: 100%; min-width: 0; }
        /* The follow-up call's answers: one question per row, its answer beside it; stacked on a phone. */
        fieldset.follow-up { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 8px 12px; align-items: center; flex-basis: 100%; border: 1px solid var(--line); border-radius: 4px; }
        fieldset.follow-up select, fieldset.follow-up textarea { width: 100%; max-width: 24em; }
        @media (max-width: 600px) { fieldset.follow-up { grid-template-columns: minmax(0, 1fr); } }
        #submit-form select, #submit-form input, #unit-form select, #unit-form input, .step-form select, .step-form input, .step-form button { min-height: 44px; }
        /* ---- Planner forms and the problem ledger (helper "planner"): fields with their errors beside them, the site map ---- */
        .planner-form { display: grid; gap: 10px; max-width: 640px; background: #fff; padding: 16px; border: 1px solid var(--line); border-radius: 6px; }
        .planner-form fieldset { display: grid; gap: 8px; border: 1px solid var(--line); border-radius: 4px; }
        .field { display: grid; gap: 4px; min-width: 0; } .filters .field { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; }
        .field input:not([type=checkbox]), .field select, .field textarea { width: 100%; min-height: 44px; } .filters .field input, .filters .field select { width: auto; }
        .field-error { color: var(--error); font-weight: 600; margin: 0; flex-basis: 100%; }
        [aria-invalid=true] { border-color: var(--error); outline: 2px solid var(--error); }
        .planner-form button, .filters button { min-height: 44px; font: inherit; padding: 8px 14px; background: var(--accent); color: var(--accent-ink); border: 0; border-radius: 4px; cursor: pointer; }
        .form-errors { border: 1px solid var(--error); border-radius: 4px; padding: 4px 12px; background: #fff; margin: 8px 0; }
        .site-drawing svg { max-width: 100%; touch-action: manipulation; } .pager a { display: inline-block; padding: 10px 6px; }
        @media (max-width: 700px) {
          header.top { padding: 4px 8px; gap: 4px 8px; } main { padding: 10px; } .figures { display: block; margin-inline-start: 0; }
          main table { display: block; max-width: 100%; overflow-x: auto; } .card { max-width: 100%; } .figure { min-width: 0; flex: 1 1 40%; }
          .account .who { flex-basis: 100%; }
        }
        @media print { header.top, nav.modules, footer { display: none; } body { background: #fff; } .chart { overflow: visible; } .chart svg { max-width: 100%; height: auto; } }
        """
}
