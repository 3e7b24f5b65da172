// The QR scanner of /groep, loaded only when "Scannen" is pressed (pages/group.rs adds this
// script; nothing else loads it). It opens the camera (the back camera on a tablet), reads
// QR codes continuously and hands every text it reads to the app; the app decides what the
// text is. The decoder is the browser's BarcodeDetector where it reads QR codes, otherwise
// jsQR (jsQR.js, Apache-2.0, copied into the build from the jsqr npm package by Trunk), loaded from
// this origin on first use. Nothing leaves the device.
'use strict';
(function () {
  /** Loads a script of this app once; resolves when it has run. */
  function loadScript(file) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(file, document.baseURI).href;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`${file} kon niet worden geladen`));
      document.head.append(script);
    });
  }

  /** A function that reads the QR codes in the current frame of `video`: a list of texts. */
  async function makeDecoder() {
    if ('BarcodeDetector' in self) {
      try {
        const formats = await self.BarcodeDetector.getSupportedFormats();
        if (formats.includes('qr_code')) {
          const detector = new self.BarcodeDetector({ formats: ['qr_code'] });
          return { name: 'BarcodeDetector', read: async (video) => (await detector.detect(video)).map((c) => c.rawValue) };
        }
      } catch (_) {
        // fall through to jsQR
      }
    }
    if (typeof self.jsQR !== 'function') await loadScript('jsQR.js');
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    return {
      name: 'jsQR',
      read: async (video) => {
        const w = video.videoWidth;
        const h = video.videoHeight;
        if (!w || !h) return [];
        // At most 800 px wide: enough for a QR code held up to the camera, and fast.
        const scale = Math.min(1, 800 / w);
        canvas.width = Math.round(w * scale);
        canvas.height = Math.round(h * scale);
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const code = self.jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
        return code && code.data ? [code.data] : [];
      },
    };
  }

  /** What went wrong with the camera, as one word the app turns into Dutch. */
  function kindOf(error) {
    switch (error && error.name) {
      case 'NotAllowedError':
      case 'SecurityError':
      case 'PermissionDeniedError':
        return 'refused';
      case 'NotFoundError':
      case 'OverconstrainedError':
      case 'DevicesNotFoundError':
        return 'absent';
      case 'NotReadableError':
      case 'TrackStartError':
      case 'AbortError':
        return 'busy';
      default:
        return 'other';
    }
  }

  /**
   * Starts the camera in `video` and calls `onCode(text)` for every QR code read (again
   * and again while it stays in view: the app counts each result once). Resolves to a
   * stop function, or rejects with one of 'refused', 'absent', 'busy', 'decoder', 'other'.
   */
  async function start(video, onCode) {
    const media = navigator.mediaDevices;
    if (!media || typeof media.getUserMedia !== 'function') throw 'absent';
    let stream;
    try {
      stream = await media.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
    } catch (error) {
      throw kindOf(error);
    }
    const stopTracks = () => stream.getTracks().forEach((t) => t.stop());
    let decoder;
    try {
      decoder = await makeDecoder();
    } catch (_) {
      stopTracks();
      throw 'decoder';
    }
    video.srcObject = stream;
    video.setAttribute('playsinline', '');
    video.muted = true;
    try {
      await video.play();
    } catch (_) {
      // Autoplay of a muted camera preview is allowed; frames are read even if play() complains.
    }
    video.dataset.decoder = decoder.name;
    let running = true;
    let timer = 0;
    const stop = () => {
      running = false;
      clearTimeout(timer);
      stopTracks();
      video.srcObject = null;
    };
    const tick = async () => {
      // The page was left without stopping (the app stops it too): the camera goes off.
      if (running && !video.isConnected) stop();
      if (!running) return;
      try {
        for (const text of await decoder.read(video)) {
          if (!running) break;
          // How many codes were read (the e2e test waits on it instead of sleeping).
          video.dataset.reads = String(Number(video.dataset.reads || 0) + 1);
          onCode(text);
        }
      } catch (_) {
        // A frame that cannot be read: try the next one.
      }
      if (running) timer = setTimeout(tick, 150);
    };
    tick();
    return stop;
  }

  self.samenwerkingswijzerScanner = { start };
})();
