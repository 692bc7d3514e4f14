import OasisServices

/// The little JavaScript the web UI needs: uploading a value file with a progress bar and showing the
/// result or the table of problems; on the calendar page, reading a chosen JSON file into the paste box. Served from `/static/oasis.js` (same origin, allowed by the CSP).
enum Script {
    static let js = """
        (function () {
          var form = document.getElementById('import-form');
          if (!form) { return; }
          var result = document.getElementById('import-result');
          var bar = document.getElementById('import-progress');
          function cell(row, text) { var td = document.createElement('td'); td.textContent = text; row.appendChild(td); return td; }
          function fill(template, values) { return template.replace(/\\{(\\d)\\}/g, function (_, i) { return String(values[Number(i)]); }); }
          function table(problems) {
            var t = document.createElement('table'); t.className = 'list'; t.id = 'import-errors';
            var head = t.createTHead().insertRow();
            [form.dataset.place, form.dataset.reason].forEach(function (h) { var th = document.createElement('th'); th.scope = 'col'; th.textContent = h; head.appendChild(th); });
            var body = t.createTBody();
            problems.forEach(function (p) {
              var row = body.insertRow();
              var place = [];
              if (p.line) { place.push('line ' + p.line); }
              if (p.row) { place.push('row ' + p.row); }
              if (p.column) { place.push(p.column); }
              if (p.field) { place.push(p.field); }
              cell(row, place.join(', '));
              cell(row, p.reason);
            });
            return t;
          }
          function open(file, marked) {
            var xlsx = /\\.xlsx$/i.test(file.name);
            var url = form.dataset.endpoint + '?fileName=' + encodeURIComponent(file.name) + (document.getElementById('accept-valid').checked ? '&acceptValid=true' : '') + (marked ? '&marked=1' : '');
            var request = new XMLHttpRequest();
            request.open('POST', url);
            request.setRequestHeader('Content-Type', xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv');
            request.setRequestHeader('X-CSRF-Token', form.dataset.csrf);
            return request;
          }
          function offerMarked(file) {
            // The refused file again, asked back as XLSX with its bad cells marked, offered as a download link.
            var request = open(file, true);
            request.responseType = 'blob';
            request.onload = function () {
              if (request.status !== 422) { return; }
              var link = document.createElement('a'); link.id = 'import-marked';
              link.href = URL.createObjectURL(request.response);
              link.download = file.name.replace(/\\.[^.]*$/, '') + '-errors.xlsx';
              link.textContent = form.dataset.marked;
              var p = document.createElement('p'); p.appendChild(link); result.appendChild(p);
            };
            request.send(file);
          }
          form.addEventListener('submit', function (event) {
            event.preventDefault();
            var file = document.getElementById('import-file').files[0];
            if (!file) { return; }
            var request = open(file, false);
            request.setRequestHeader('Accept', 'application/json');
            bar.hidden = false; bar.value = 0;
            result.textContent = form.dataset.progress;
            request.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = Math.round(e.loaded / e.total * 100); } };
            request.onload = function () {
              bar.value = 100;
              result.textContent = '';
              var body = {};
              try { body = JSON.parse(request.responseText); } catch (e) { result.textContent = request.statusText; return; }
              if (request.status >= 400) {
                var message = document.createElement('p'); message.className = 'error';
                message.textContent = '✖ ' + form.dataset.refused + ' ' + body.error.message;
                result.appendChild(message);
                if (body.error.details && body.error.details.length) { result.appendChild(table(body.error.details)); offerMarked(file); }
                return;
              }
              var ok = document.createElement('p'); ok.className = 'ok';
              ok.textContent = '✔ ' + fill(form.dataset.result, [body.rowCount, body.acceptedValues, body.record ? body.record.written : 0, body.rejectedRows, body.ledger ? body.ledger.opened : 0]);
              result.appendChild(ok);
              if (body.problems && body.problems.length) { result.appendChild(table(body.problems)); }
            };
            request.onerror = function () { result.textContent = request.statusText || 'network error'; };
            request.send(file);
          });
        })();
        (function () {
          // The calendar page: a chosen JSON file fills the paste box, to be checked and loaded with it.
          var picker = document.getElementById('calendar-file');
          var box = document.getElementById('calendar-json');
          if (!picker || !box) { return; }
          picker.addEventListener('change', function () {
            var file = picker.files[0];
            if (!file) { return; }
            var reader = new FileReader();
            reader.onload = function () { box.value = String(reader.result); box.focus(); };
            reader.readAsText(file, 'utf-8');
          });
        })();
        """
}
