import Hummingbird

/// Zoom and pan for the maps Oasis draws (`/static/map-zoom.js`): in each `.zoomable` figure, the map's own viewport
/// (`svg.map-viewport`, inside the drawn SVG) gets its viewBox changed — by the wheel around the pointer, by dragging,
/// and by three buttons (zoom in, zoom out, whole map) the script adds under the map with the labels the page gives
/// (`data-zoom-in`, `data-zoom-out`, `data-zoom-reset`). The title, scale bar and legend stay as drawn. Without
/// JavaScript the map is the whole extent, as before.
enum MapZoomScript {
    static let js = """
        (function () {
          document.querySelectorAll('.zoomable').forEach(function (figure) {
            var view = figure.querySelector('svg.map-viewport');
            if (!view || !view.viewBox || !view.viewBox.baseVal) { return; }
            var base = view.viewBox.baseVal;
            var whole = { x: base.x, y: base.y, w: base.width, h: base.height };
            var box = { x: whole.x, y: whole.y, w: whole.w, h: whole.h };
            function apply() { view.setAttribute('viewBox', [box.x, box.y, box.w, box.h].join(' ')); figure.setAttribute('data-zoom', (whole.w / box.w).toFixed(2)); }
            function zoom(factor, cx, cy) {
              var w = Math.min(whole.w, Math.max(whole.w / 64, box.w / factor));
              var h = w * whole.h / whole.w;
              if (cx === undefined) { cx = box.x + box.w / 2; cy = box.y + box.h / 2; }
              box.x = cx - (cx - box.x) * w / box.w; box.y = cy - (cy - box.y) * h / box.h; box.w = w; box.h = h;
              clamp(); apply();
            }
            function clamp() {
              box.x = Math.min(Math.max(box.x, whole.x), whole.x + whole.w - box.w);
              box.y = Math.min(Math.max(box.y, whole.y), whole.y + whole.h - box.h);
            }
            function point(event) {
              var rect = view.getBoundingClientRect();
              return { x: box.x + (event.clientX - rect.left) / rect.width * box.w, y: box.y + (event.clientY - rect.top) / rect.height * box.h, rect: rect };
            }
            view.addEventListener('wheel', function (event) {
              event.preventDefault();
              var p = point(event);
              zoom(event.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
            }, { passive: false });
            var drag = null;
            view.addEventListener('pointerdown', function (event) { drag = { x: event.clientX, y: event.clientY }; view.setPointerCapture(event.pointerId); });
            view.addEventListener('pointermove', function (event) {
              if (!drag) { return; }
              var rect = view.getBoundingClientRect();
              box.x -= (event.clientX - drag.x) / rect.width * box.w; box.y -= (event.clientY - drag.y) / rect.height * box.h;
              drag = { x: event.clientX, y: event.clientY };
              clamp(); apply();
            });
            ['pointerup', 'pointercancel'].forEach(function (name) { view.addEventListener(name, function () { drag = null; }); });
            view.style.cursor = 'grab';
            view.style.touchAction = 'none';
            var bar = document.createElement('p');
            bar.className = 'actions map-zoom';
            [['zoom-in', '+', function () { zoom(1.5); }], ['zoom-out', '\\u2212', function () { zoom(1 / 1.5); }],
             ['zoom-reset', '\\u2922', function () { box = { x: whole.x, y: whole.y, w: whole.w, h: whole.h }; apply(); }]].forEach(function (entry) {
              var button = document.createElement('button');
              button.type = 'button';
              button.className = entry[0];
              button.textContent = entry[1];
              button.title = figure.getAttribute('data-' + entry[0]) || entry[0];
              button.setAttribute('aria-label', button.title);
              button.addEventListener('click', entry[2]);
              bar.appendChild(button);
              bar.appendChild(document.createTextNode(' '));
            });
            var hint = document.createElement('small');
            hint.textContent = figure.getAttribute('data-zoom-hint') || '';
            bar.appendChild(hint);
            figure.parentNode.insertBefore(bar, figure.nextSibling);
          });
        })();
        """
}

extension WebShellRoutes {
    func mapZoomScript(_ request: Request, _ context: OasisRequestContext) -> Response {
        Self.asset(MapZoomScript.js, type: "text/javascript; charset=utf-8")
    }
}
