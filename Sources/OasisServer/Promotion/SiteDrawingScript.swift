/// The project form's site tools, served from `/static/site-drawing.js`: a click on the region map adds a corner
/// (one corner is a point, three or more a polygon), undo and clear, and a chosen GeoJSON file read into the
/// site box. The map's `data-` attributes carry the projection `SiteDrawingMap` drew it with.
enum SiteDrawingScript {
    static let js = """
        (function () {
          var box = document.getElementById('site');
          if (!box) { return; }
          var file = document.getElementById('site-file');
          if (file) {
            file.addEventListener('change', function () {
              var chosen = file.files && file.files[0];
              if (!chosen) { return; }
              var reader = new FileReader();
              reader.onload = function () { box.value = String(reader.result); };
              reader.readAsText(chosen);
            });
          }
          var map = document.getElementById('site-map');
          if (!map) { return; }
          var layer = document.getElementById('site-drawing');
          var ns = 'http://www.w3.org/2000/svg';
          var p = {
            minLon: Number(map.dataset.minLon), maxLat: Number(map.dataset.maxLat), cos: Number(map.dataset.cos),
            scale: Number(map.dataset.scale), left: Number(map.dataset.left), top: Number(map.dataset.top)
          };
          var corners = [];
          function round(value) { return Math.round(value * 1e6) / 1e6; }
          function toSvg(event) {
            var point = map.createSVGPoint();
            point.x = event.clientX; point.y = event.clientY;
            return point.matrixTransform(map.getScreenCTM().inverse());
          }
          function draw() {
            while (layer.firstChild) { layer.removeChild(layer.firstChild); }
            if (corners.length > 1) {
              var shape = document.createElementNS(ns, corners.length > 2 ? 'polygon' : 'polyline');
              shape.setAttribute('points', corners.map(function (c) { return c.x + ',' + c.y; }).join(' '));
              shape.setAttribute('fill', corners.length > 2 ? '#d9a441' : 'none');
              shape.setAttribute('fill-opacity', '0.5');
              shape.setAttribute('stroke', '#6b4a00');
              shape.setAttribute('stroke-width', '2');
              layer.appendChild(shape);
            }
            corners.forEach(function (c) {
              var dot = document.createElementNS(ns, 'circle');
              dot.setAttribute('cx', c.x); dot.setAttribute('cy', c.y); dot.setAttribute('r', '4'); dot.setAttribute('fill', '#1d2b2a');
              layer.appendChild(dot);
            });
            var positions = corners.map(function (c) { return [c.lon, c.lat]; });
            if (positions.length === 0) { box.value = ''; }
            else if (positions.length < 3) { box.value = JSON.stringify({ type: 'Point', coordinates: positions[0] }); }
            else { box.value = JSON.stringify({ type: 'Polygon', coordinates: [positions.concat([positions[0]])] }); }
          }
          map.style.cursor = 'crosshair';
          map.addEventListener('click', function (event) {
            var at = toSvg(event);
            corners.push({
              x: Math.round(at.x * 10) / 10, y: Math.round(at.y * 10) / 10,
              lon: round(p.minLon + (at.x - p.left) / (p.cos * p.scale)), lat: round(p.maxLat - (at.y - p.top) / p.scale)
            });
            draw();
          });
          var undo = document.getElementById('site-undo');
          if (undo) { undo.addEventListener('click', function () { corners.pop(); draw(); }); }
          var clear = document.getElementById('site-clear');
          if (clear) { clear.addEventListener('click', function () { corners = []; draw(); }); }
        })();
        """
}
