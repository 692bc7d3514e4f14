/// The hotline form's JavaScript, served from `/static/hotline.js`: a click on the map drawn by Oasis
/// (`HotlineMap`) fills the latitude and longitude and the district it fell in; the position button asks the
/// phone for its position (`navigator.geolocation`). Without JavaScript the coordinates and district are typed.
enum HotlineScript {
    static let js = """
        (function () {
          var lat = document.getElementById('latitude');
          var lon = document.getElementById('longitude');
          if (!lat || !lon) { return; }
          var map = document.getElementById('pick-map');
          var marker = document.getElementById('pick-marker');
          var region = document.getElementById('region');
          function round(v) { return Math.round(v * 1e6) / 1e6; }
          function place(la, lo) {
            if (!map || !marker) { return; }
            var d = map.dataset;
            marker.setAttribute('cx', String((lo - Number(d.minLon)) * Number(d.kx)));
            marker.setAttribute('cy', String((Number(d.maxLat) - la) * Number(d.ky)));
            marker.setAttribute('visibility', 'visible');
          }
          function set(la, lo) { lat.value = String(round(la)); lon.value = String(round(lo)); place(la, lo); }
          if (map) {
            map.addEventListener('click', function (event) {
              var point = map.createSVGPoint();
              point.x = event.clientX; point.y = event.clientY;
              var p = point.matrixTransform(map.getScreenCTM().inverse());
              var d = map.dataset;
              set(Number(d.maxLat) - p.y / Number(d.ky), Number(d.minLon) + p.x / Number(d.kx));
              var code = event.target && event.target.getAttribute && event.target.getAttribute('data-code');
              if (code && region && region.querySelector('option[value="' + code + '"]')) { region.value = code; }
            });
            var la0 = parseFloat(lat.value), lo0 = parseFloat(lon.value);
            if (!isNaN(la0) && !isNaN(lo0)) { place(la0, lo0); }
          }
          var button = document.getElementById('use-position');
          var note = document.getElementById('position-note');
          if (button) {
            if (!navigator.geolocation) { button.hidden = true; return; }
            button.addEventListener('click', function () {
              navigator.geolocation.getCurrentPosition(function (pos) {
                set(pos.coords.latitude, pos.coords.longitude);
                note.textContent = '';
              }, function () { note.textContent = button.dataset.unavailable; }, { enableHighAccuracy: true, timeout: 10000 });
            });
          }
        })();
        """
}
