import Hummingbird

/// The living-circle page's analyses script (`/static/analysis-jobs.js`): the form sends the chosen OSM file to
/// `POST /api/v1/analysis-jobs` with the page's CSRF token, then the page reloads to show the queued job; each active
/// job's row follows its progress stream, moving its bar and step, and the page reloads when a job ends, so that the
/// recorded figures show. Without JavaScript the page still lists the jobs, their progress at the time and the
/// cancel buttons.
enum AnalysisJobScript {
    static let js = """
        (function () {
          var form = document.getElementById('analysis-form');
          var status = document.getElementById('analysis-status');
          if (form && window.fetch) {
            form.addEventListener('submit', function (event) {
              event.preventDefault();
              var file = form.querySelector('input[type=file]').files[0];
              if (!file) { return; }
              var analyses = [];
              form.querySelectorAll('input[name=analyses]:checked').forEach(function (box) { analyses.push(box.value); });
              var query = 'region=' + encodeURIComponent(form.getAttribute('data-region')) + '&period=' + encodeURIComponent(form.period.value)
                + '&analyses=' + encodeURIComponent(analyses.join(',')) + '&fileName=' + encodeURIComponent(file.name);
              status.textContent = form.getAttribute('data-uploading');
              form.querySelector('button').disabled = true;
              fetch('/api/v1/analysis-jobs?' + query, {
                method: 'POST', credentials: 'same-origin', body: file,
                headers: { 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': form.csrf.value }
              }).then(function (response) {
                if (response.ok) { location.hash = 'analysis-jobs'; location.reload(); return null; }
                return response.json().then(function (body) {
                  status.textContent = form.getAttribute('data-refused') + ' ' + ((body && body.error && body.error.message) || response.status);
                  form.querySelector('button').disabled = false;
                });
              }).catch(function () {
                status.textContent = form.getAttribute('data-refused');
                form.querySelector('button').disabled = false;
              });
            });
          }
          var table = document.getElementById('analysis-job-list');
          if (!table || !window.EventSource) { return; }
          var labels = {};
          try { labels = JSON.parse(table.getAttribute('data-labels') || '{}'); } catch (e) { labels = {}; }
          table.querySelectorAll('tr[data-job]').forEach(function (row) {
            var state = row.getAttribute('data-state');
            if (state !== 'queued' && state !== 'running') { return; }
            var source = new EventSource('/api/v1/analysis-jobs/' + row.getAttribute('data-job') + '/events');
            source.addEventListener('progress', function (event) {
              var job = JSON.parse(event.data);
              var bar = row.querySelector('progress');
              bar.value = job.percent;
              bar.textContent = job.percent + ' %';
              row.querySelector('.job-step').textContent = labels[job.step] || job.step || '';
              row.querySelector('.job-state').textContent = labels['state_' + job.state] || job.state;
              row.setAttribute('data-state', job.state);
            });
            source.addEventListener('end', function () {
              source.close();
              location.reload();
            });
          });
        })();
        """
}

extension AnalysisJobRoutes {
    func script(_ request: Request, _ context: OasisRequestContext) -> Response {
        WebShellRoutes.asset(AnalysisJobScript.js, type: "text/javascript; charset=utf-8")
    }
}
