import Hummingbird

/// The lifeline page's live updates (`/static/lifeline.js`): with EventSource, each alert change on the live stream
/// shows the banner and refreshes the alert queue from the page itself. Without JavaScript the page is complete;
/// reloading it shows the same.
enum LifelineScript {
    static let js = """
        (function () {
          var section = document.getElementById('alerts-section');
          var banner = document.getElementById('lifeline-live');
          if (!section || !window.EventSource || !window.fetch || !window.DOMParser) { return; }
          var waiting = null;
          function refresh() {
            waiting = null;
            fetch('/lifeline', { credentials: 'same-origin' }).then(function (response) {
              return response.ok ? response.text() : null;
            }).then(function (html) {
              var fresh = html && new DOMParser().parseFromString(html, 'text/html').getElementById('alerts-section');
              if (fresh) { section.replaceWith(fresh); section = fresh; }
            });
          }
          function changed() {
            if (banner) { banner.hidden = false; }
            if (!waiting) { waiting = setTimeout(refresh, 500); }
          }
          var source = new EventSource('/api/v1/lifeline/events');
          source.addEventListener('open', function () { document.body.setAttribute('data-lifeline-live', 'open'); });
          ['opened', 'level', 'cleared', 'acknowledged', 'dispatched', 'resolved', 'closed', 'escalated', 'reset'].forEach(function (name) {
            source.addEventListener(name, changed);
          });
        })();
        """
}

extension LifelineRoutes {
    func script(_ request: Request, _ context: OasisRequestContext) -> Response {
        WebShellRoutes.asset(LifelineScript.js, type: "text/javascript; charset=utf-8")
    }
}
