import Hummingbird

/// `GET /static/poortwachter.css` and `/static/poortwachter.js`, from memory: no file is read
/// from a path in the URL.
enum StaticRoutes {
  static func register(on router: Router<ServeRequestContext>, state: ServeState) {
    let css = ByteBuffer(bytes: state.pages.stylesheet)
    let js = ByteBuffer(bytes: state.pages.script)
    router.get("/static/poortwachter.css") { _, _ in
      Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: .init(byteBuffer: css))
    }
    router.get("/static/poortwachter.js") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: .init(byteBuffer: js))
    }
  }
}
