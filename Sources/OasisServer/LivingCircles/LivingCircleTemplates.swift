import OasisServices

/// The template of the living-circle page.
enum LivingCircleTemplates {
    static let page = """
        <h1>{{t.living_title}} · {{name}}</h1>
        <p class="lead">{{t.living_intro}}</p>
        <form method="get" action="/living-circles" class="filters">
          <label for="region">{{t.living_region}}</label>
          <input id="region" name="region" value="{{code}}" size="8" inputmode="numeric">
          <button type="submit">{{t.button_ok}}</button>
        </form>
        {{#hasChildren}}<p class="actions">{{t.living_subregions}}: {{#children}}<a href="/living-circles?region={{code}}" lang="{{nameLang}}">{{name}}</a> {{/children}}</p>{{/hasChildren}}
        <p id="layer-counts">{{counts}}</p>
        {{^hasAccess}}<p class="note" id="no-network">{{t.living_no_network}}</p>{{/hasAccess}}
        {{#truncated}}<p class="note">{{t.living_truncated}} {{limit}}</p>{{/truncated}}
        <form method="get" action="/living-circles" class="filters" id="map-type-form">
          <input type="hidden" name="region" value="{{code}}">
          <label for="map-type">{{t.living_map_type}}</label>
          <select id="map-type" name="map">{{#mapTypes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/mapTypes}}</select>
          <button type="submit">{{t.button_ok}}</button>
        </form>
        <div class="chart zoomable" id="living-map" data-zoom-in="{{t.living_map_zoom_in}}" data-zoom-out="{{t.living_map_zoom_out}}" data-zoom-reset="{{t.living_map_zoom_reset}}" data-zoom-hint="{{t.living_map_zoom_hint}}">{{{map}}}</div>
        {{#hasStreets}}<p class="note" id="streets-note">{{streetsNote}} {{streetsTruncated}}</p>{{/hasStreets}}
        <h2>{{t.living_figures}}</h2>
        {{^hasFigures}}<p id="no-figures">{{t.living_no_figures}}</p>{{/hasFigures}}
        {{#hasFigures}}
        <div class="scroll">
        <table class="list" id="living-figures">
          <thead><tr><th scope="col">{{t.region_name}}</th><th scope="col" class="num">{{t.eval_period}}</th>{{#columns}}<th scope="col" class="num"><abbr title="{{name}}">{{code}}</abbr></th>{{/columns}}</tr></thead>
          <tbody>{{#figures}}<tr><td><a href="/evaluation/{{code}}?period={{period}}" lang="{{nameLang}}">{{name}}</a></td><td class="num">{{period}}</td>{{#values}}<td class="num">{{.}}</td>{{/values}}</tr>{{/figures}}</tbody>
        </table>
        </div>
        {{/hasFigures}}
        <h2 id="shelters">{{t.living_shelters_title}}</h2>
        <p>{{t.living_shelters_intro}}</p>
        {{^hasShelters}}<p id="no-shelters">{{t.living_no_shelters}}</p>{{/hasShelters}}
        {{#hasShelters}}
        <div class="scroll">
        <table class="list" id="shelter-list">
          <thead><tr><th scope="col">{{t.living_shelter_name}}</th><th scope="col">{{t.living_shelter_class}}</th><th scope="col" class="num">{{t.living_shelter_area}}</th><th scope="col" class="num">{{t.living_shelter_per_capita}}</th><th scope="col" class="num">{{t.living_shelter_capacity}}</th><th scope="col" class="num">{{t.living_shelter_within}}</th><th scope="col" class="num">{{t.living_shelter_ratio}}</th></tr></thead>
          <tbody>{{#shelterRows}}<tr data-shelter="{{id}}"><td translate="no">{{name}}</td><td>{{class}}</td><td class="num">{{area}}</td><td class="num">{{perCapita}}</td><td class="num">{{capacity}}</td><td class="num">{{within}}</td><td class="num">{{ratio}}</td></tr>{{/shelterRows}}</tbody>
        </table>
        </div>
        {{/hasShelters}}
        <h3>{{t.living_shelter_districts}}</h3>
        {{^hasShelterDistricts}}<p id="no-shelter-figures">{{t.living_shelter_no_districts}}</p>{{/hasShelterDistricts}}
        {{#hasShelterDistricts}}
        <div class="scroll">
        <table class="list" id="shelter-districts">
          <thead><tr><th scope="col">{{t.region_name}}</th><th scope="col" class="num">{{t.eval_period}}</th><th scope="col" class="num">{{t.living_shelter_area}}</th><th scope="col" class="num">{{t.living_shelter_population}}</th><th scope="col" class="num">{{t.living_shelter_per_person}}</th></tr></thead>
          <tbody>{{#shelterDistricts}}<tr><td><a href="/evaluation/{{code}}?period={{period}}">{{name}}</a></td><td class="num">{{period}}</td><td class="num">{{area}}</td><td class="num">{{population}}</td><td class="num">{{perPerson}}</td></tr>{{/shelterDistricts}}</tbody>
        </table>
        </div>
        {{/hasShelterDistricts}}
        <p class="note">{{t.living_shelter_reach_note}}{{#hasReach}} {{t.living_shelter_reach_period}} {{reachPeriod}}{{/hasReach}}</p>
        <h2 id="communities">{{t.living_communities_title}}</h2>
        <p>{{t.living_communities_intro}}</p>
        {{^hasCommunityChecks}}<p id="no-community-checks">{{t.living_communities_none}}</p>{{/hasCommunityChecks}}
        {{#hasCommunityChecks}}
        <p id="community-summary">{{communitySummary}}</p>
        <p class="note">{{t.living_communities_required}} {{communityRequired}}</p>
        {{#communityAbsentTypes}}<p class="note" id="community-absent">{{communityAbsentTypes}}</p>{{/communityAbsentTypes}}
        {{#communityOffNetwork}}<p class="note">{{communityOffNetwork}}</p>{{/communityOffNetwork}}
        {{#hasCommunityRows}}
        <div class="scroll">
        <table class="list" id="community-list">
          <thead><tr><th scope="col">{{t.living_shelter_name}}</th><th scope="col">{{t.living_community_state}}</th><th scope="col" class="num">{{t.living_community_count}}</th><th scope="col">{{t.living_community_present}}</th><th scope="col">{{t.living_community_missing}}</th></tr></thead>
          <tbody>{{#communityRows}}<tr data-community="{{id}}" data-complete="{{complete}}"><td translate="no">{{name}}</td><td>{{state}}</td><td class="num">{{count}}</td><td>{{present}}</td><td>{{missing}}</td></tr>{{/communityRows}}</tbody>
        </table>
        </div>
        {{/hasCommunityRows}}
        {{/hasCommunityChecks}}
        <h2 id="analysis-jobs">{{t.jobs_title}}</h2>
        <p>{{t.jobs_intro}}</p>
        {{#canRunJobs}}
        <form id="analysis-form" class="filters" method="post" action="/living-circles/analyses?region={{code}}" enctype="multipart/form-data" data-region="{{code}}" data-uploading="{{t.jobs_uploading}}" data-refused="{{t.jobs_refused}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="analysis-network">{{t.jobs_network}}</label>
          <input id="analysis-network" name="network" type="file" accept=".pbf,.osm,.bz2,.gz" required>
          <label for="analysis-period">{{t.eval_period}}</label>
          <input id="analysis-period" name="period" value="{{jobYear}}" size="6" inputmode="numeric" required>
          <label><input type="checkbox" name="analyses" value="access" checked> {{t.jobs_analysis_access}}</label>
          <label><input type="checkbox" name="analyses" value="shelters" checked> {{t.jobs_analysis_shelters}}</label>
          <label><input type="checkbox" name="analyses" value="isochrones" checked> {{t.jobs_analysis_isochrones}}</label>
          <label><input type="checkbox" name="analyses" value="communities" checked> {{t.jobs_analysis_communities}}</label>
          <button type="submit">{{t.jobs_start}}</button>
        </form>
        {{#jobProblem}}<p class="error" role="alert" id="analysis-problem">{{t.jobs_refused}} <span dir="auto">{{jobProblem}}</span></p>{{/jobProblem}}
        <p class="note" id="analysis-status" role="status" aria-live="polite"></p>
        <noscript><p class="note">{{t.jobs_noscript}}</p></noscript>
        {{/canRunJobs}}
        {{^hasJobs}}<p id="no-jobs">{{t.jobs_none}}</p>{{/hasJobs}}
        {{#hasJobs}}
        <div class="scroll">
        <table class="list" id="analysis-job-list" data-labels="{{jobLabels}}">
          <thead><tr><th scope="col">#</th><th scope="col">{{t.jobs_network}}</th><th scope="col" class="num">{{t.eval_period}}</th><th scope="col">{{t.jobs_state}}</th><th scope="col">{{t.jobs_progress}}</th><th scope="col">{{t.jobs_recorded}}</th><th scope="col">{{t.jobs_by}}</th><th scope="col"></th></tr></thead>
          <tbody>{{#jobs}}<tr data-job="{{id}}" data-state="{{state}}"><td class="num">{{id}}</td><td translate="no">{{network}} <small>({{size}} B)</small></td><td class="num">{{period}}</td><td class="job-state">{{stateLabel}}{{#hasMessage}}<br><small class="job-message" dir="auto">{{message}}</small>{{/hasMessage}}</td><td><progress max="100" value="{{percent}}" aria-label="{{step}}">{{percent}} %</progress> <span class="job-step">{{step}}</span></td><td class="job-recorded">{{recorded}}</td><td translate="no">{{by}}<br><small>{{at}}</small></td><td>{{#active}}<form method="post" action="/living-circles/analyses/{{id}}/cancel" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.jobs_cancel}}</button></form>{{/active}}</td></tr>{{/jobs}}</tbody>
        </table>
        </div>
        {{/hasJobs}}
        <script src="/static/analysis-jobs.js" defer></script>
        <script src="/static/map-zoom.js" defer></script>
        <h2>{{t.living_how_title}}</h2>
        <ol class="steps">
          <li>{{t.living_how_layers}} <code translate="no">oasis layers import residences homes.geojson</code></li>
          <li>{{t.living_how_network}} <code translate="no">oasis network build city.osm.pbf --output city.oasisnet</code></li>
          <li>{{t.living_how_access}} <code translate="no">oasis analyse access --network city.oasisnet --database oasis.sqlite --record --period 2026 --region {{code}}</code></li>
          <li>{{t.living_how_shelters}} <code translate="no">oasis analyse shelters --network city.oasisnet --database oasis.sqlite --record --period 2026 --region {{code}}</code></li>
          <li>{{t.living_how_communities}} <code translate="no">oasis layers import communities communities.geojson</code></li>
          <li>{{t.living_how_check}}</li>
        </ol>
        """
}
