import Foundation
import Hummingbird
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// The Documenten page and what it does: `GET /casus/{id}/documenten`, the sandboxed dossier
/// preview `GET /casus/{id}/voorbeeld/{naam}` (`riv.html`, `controle.html`; `riv.pdf` with
/// Chromium), the upload of a signed original `POST /casus/{id}/upload` (multipart), and the UWV
/// pack `POST /casus/{id}/pakket` + `GET /casus/{id}/pakket.zip`.
public enum DocumentRoutes {
  static func register(on router: Router<ServeRequestContext>, state: ServeState) {
    router.get("/casus/:id/documenten") { _, context -> Response in
      let served = try await CaseRoutes.served(context, state: state)
      return try page(served, services: try services(state), context: context, state: state)
    }
    router.get("/casus/:id/voorbeeld/:naam") { _, context -> Response in
      let served = try await CaseRoutes.served(context, state: state)
      return try await preview(
        served, name: context.parameters.get("naam") ?? "", services: try services(state))
    }
    router.post("/casus/:id/upload") { request, context -> Response in
      let served = try await CaseRoutes.served(context, state: state)
      return try await upload(request, served: served, context: context, state: state)
    }
    router.post("/casus/:id/pakket") { _, context -> Response in
      let served = try await CaseRoutes.served(context, state: state)
      return try await pack(served, context: context, state: state)
    }
    router.get("/casus/:id/pakket.zip") { _, context -> Response in
      let served = try await CaseRoutes.served(context, state: state)
      guard let zip = try services(state).zip(for: served.id) else { throw ServeError.notFound }
      return Response(
        status: .ok,
        headers: [
          .contentType: "application/zip", .contentDisposition: "attachment; filename=\"\(zip.name)\"",
        ],
        body: .init(byteBuffer: ByteBuffer(bytes: zip.bytes)))
    }
  }

  /// The services, or 503 when this start has none.
  static func services(_ state: ServeState) throws -> DocumentServices {
    guard let services = state.documents else {
      throw ServeError(
        .serviceUnavailable, title: "Documenten niet beschikbaar",
        advice: "Deze server is gestart zonder de sjablonen voor voorbeelden en pakketten.")
    }
    return services
  }

  /// The page, with a message on top when one is given.
  static func page(
    _ served: ServeCase, services: DocumentServices, context: ServeRequestContext, state: ServeState,
    message: (kind: String, text: String)? = nil, status: HTTPResponse.Status = .ok
  ) throws -> Response {
    let basis = (try? CaseFileStore(loader: services.loader).read(served.file).get().contentHash) ?? ""
    var page = DocumentsPage(
      served: served, displayName: state.displayName(served.file), basis: basis,
      csrf: context.session?.csrf.hex ?? "", canPrint: services.chromium != nil, message: message)
    if let zip = services.zip(for: served.id) { page.zip = (zip.name, zip.description) }
    var response = try state.pages.page(
      "serve/documenten.html",
      layout: state.pages.layout(
        title: page.title, peildatum: state.peildatum(), menu: .geen, csrf: context.session?.csrf),
      groups: page.context(), status: status)
    // The page shows the sandboxed preview in a frame of its own origin.
    response.headers[.contentSecurityPolicy] = SecurityHeaders.framingPolicy
    return response
  }

  /// The dossier rendered in memory: HTML sandboxed (no script, no origin, no requests), the PDF
  /// as a download.
  static func preview(_ served: ServeCase, name: String, services: DocumentServices) async throws -> Response
  {
    guard let evaluation = served.evaluation else { throw ServeError.notFound }
    guard ["riv.html", "controle.html", "riv.pdf"].contains(name) else { throw ServeError.notFound }
    let documents = try services.preview.documents(evaluation)
    let kenmerk = evaluation.loaded.caseFile.kenmerk
    if name == "riv.pdf" {
      guard let html = documents.first(where: { $0.name == "riv.html" })?.text else {
        throw ServeError.notFound
      }
      let browser: ChromiumBrowser
      do {
        browser = try services.runningBrowser()
      } catch {
        throw ServeError(
          .serviceUnavailable, title: "Geen PDF zonder Chromium",
          advice:
            "Een PDF-voorbeeld kan alleen met Chromium. Installeer het (apt-get install chromium) en start de server opnieuw."
        )
      }
      let pdf = try await DocumentServices.offThePool {
        try browser.print([PrintJob(html: html, header: "", footer: "")]).first ?? []
      }
      return Response(
        status: .ok,
        headers: [
          .contentType: "application/pdf", .contentDisposition: "attachment; filename=\"\(kenmerk)-riv.pdf\"",
        ], body: .init(byteBuffer: ByteBuffer(bytes: pdf)))
    }
    guard let document = documents.first(where: { $0.name == name }) else { throw ServeError.notFound }
    var response = Response(
      status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: document.text)))
    response.headers[.contentSecurityPolicy] = SecurityHeaders.previewPolicy
    return response
  }

  /// Stores an uploaded original and links it; a refusal shows the page with the Dutch reason.
  static func upload(
    _ request: Request, served: ServeCase, context: ServeRequestContext, state: ServeState
  ) async throws -> Response {
    let services = try services(state)
    func refused(_ text: String, _ status: HTTPResponse.Status) throws -> Response {
      try page(
        served, services: services, context: context, state: state, message: ("fout", text), status: status)
    }
    // A body declared larger than the limit is refused before it is read.
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > MultipartForm.maxBodyBytes
    {
      return try refused(MultipartFormError.tooLarge(length).message, .contentTooLarge)
    }
    var request = request
    let form: MultipartForm
    do {
      let body = try await request.collectBody(upTo: MultipartForm.maxBodyBytes)
      form = try MultipartForm(
        body: Array(body.readableBytesView), contentType: request.headers[.contentType] ?? "")
    } catch let error as MultipartFormError {
      if case .tooLarge = error { return try refused(error.message, .contentTooLarge) }
      return try refused(error.message, .badRequest)
    } catch {
      return try refused(
        MultipartFormError.tooLarge(MultipartForm.maxBodyBytes + 1).message, .contentTooLarge)
    }
    guard let file = form.part("bestand"), let fileName = file.fileName, !file.bytes.isEmpty,
      let document = form.text("document")
    else {
      return try refused("fout: kies eerst een bestand om te uploaden; er is niets opgeslagen", .badRequest)
    }
    let basis = form.text("basis").flatMap { $0.isEmpty ? nil : $0 }
    let caseFile = served.file
    let timestamp = services.timestamp()
    let upload = services.upload
    let result = await link(
      try await DocumentServices.offThePool {
        upload.stage(file.bytes, fileName: fileName, document: document, caseFile: caseFile, basedOn: basis)
      }, to: caseFile, timestamp: timestamp, state: state)
    let current = await state.index.lookup(id: served.id) ?? served
    switch result {
    case .success(let linked):
      return try page(
        current, services: services, context: context, state: state,
        message: (
          "goed",
          "Opgeslagen als \(linked.origineel) en gekoppeld als origineel; de vorige versie van het casusbestand is bewaard."
        ))
    case .failure(let failure):
      let status: HTTPResponse.Status =
        switch failure {
        case .tooLarge: .contentTooLarge
        case .save(.changedOnDisk): .conflict
        case .io: .internalServerError
        default: .unprocessableContent
        }
      return try page(
        current, services: services, context: context, state: state,
        message: ("fout", Masking.maskBSNs(in: failure.message)), status: status)
    }
  }

  /// Saves the link of a `staged` original (stored and checked beside the request threads) through
  /// the index's folder, so the casus page and the werkvoorraad show the new state in the very
  /// next request; the stored file is removed again when the save fails.
  static func link(
    _ stage: Result<OriginalUpload.Staged, OriginalUploadFailure>, to caseFile: String, timestamp: String,
    state: ServeState
  ) async -> Result<OriginalUploadResult, OriginalUploadFailure> {
    let staged: OriginalUpload.Staged
    switch stage {
    case .success(let value): staged = value
    case .failure(let failure): return .failure(failure)
    }
    switch await state.index.save(staged.text, to: caseFile, basedOn: staged.basedOn, timestamp: timestamp) {
    case .success(let save): return .success(staged.linked(save))
    case .failure(let failure):
      staged.discard()
      return .failure(.save(failure))
    }
  }

  /// Builds the pack in memory, zips it and keeps it for download.
  static func pack(_ served: ServeCase, context: ServeRequestContext, state: ServeState) async throws
    -> Response
  {
    let services = try services(state)
    guard let evaluation = served.evaluation else {
      return try page(
        served, services: services, context: context, state: state,
        message: ("fout", "fout: het casusbestand is niet leesbaar; herstel het eerst (zie de casuspagina)"),
        status: .unprocessableContent)
    }
    let browser: ChromiumBrowser
    do {
      browser = try services.runningBrowser()
    } catch {
      return try page(
        served, services: services, context: context, state: state,
        message: (
          "fout",
          "fout: het pakket kan alleen met Chromium gemaakt worden; installeer het en start de server opnieuw"
        ),
        status: .serviceUnavailable)
    }
    let download = CasePackDownload(
      builder: PackBuilder(renderer: services.setup.renderer, browser: browser), date: state.peildatum())
    let message: (kind: String, text: String)
    switch try await DocumentServices.offThePool({ try download.zip(evaluation) }) {
    case .notDue(let reason):
      message = ("fout", "Geen UWV-pakket: \(Masking.maskBSNs(in: reason))")
    case .zipped(let name, let bytes, let folder, let files):
      let description =
        folder == "uwv"
        ? "klaar voor UWV: \(folder)/ met \(files) bestand(en), de uploadlijst inbegrepen"
        : "\(folder)/ met \(files) bestand(en): concepten om te laten tekenen en wat er nog moet gebeuren"
      services.keep(.init(name: name, bytes: bytes, description: description), for: served.id)
      message = ("goed", "Het pakket is gemaakt: \(description).")
    }
    return try page(served, services: services, context: context, state: state, message: message)
  }
}
